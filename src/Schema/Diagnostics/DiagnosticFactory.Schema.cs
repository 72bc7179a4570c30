namespace NovaForge.Schema.Diagnostics;

public static partial class DiagnosticFactory
{
    public static Diagnostic UnknownProperty(SourceSpan at, string path, string name, string where, IEnumerable<string> known) =>
        Error("NF1001", $"unknown property '{name}' in {where}.{DidYouMean(Suggest.Closest(name, known))}", known.Any() ? $"Allowed here: {OneOf(known.Order(StringComparer.Ordinal))}." : "Nothing can be set here; remove it.", at, path);

    public static Diagnostic WrongType(SourceSpan at, string path, string expected, string actual, string? value) =>
        Error("NF1002", $"expected {expected}, got {actual}{(value is null ? string.Empty : $" '{Shorten(value)}'")}", expected == "a string" ? "Quote the value." : "Remove the quotes around numbers and booleans; lists use '- item' or [a, b].", at, path);

    public static Diagnostic MissingProperty(SourceSpan at, string path, string name, string? description) =>
        Error("NF1003", $"missing required property '{name}'", description is null ? $"Add '{name}:'." : $"Add '{name}:': {description}", at, path);

    public static Diagnostic NotInEnum(SourceSpan at, string path, string value, IEnumerable<string> allowed) =>
        Error("NF1004", $"'{Shorten(value)}' is not allowed here.{(double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _) ? string.Empty : DidYouMean(Suggest.Closest(value, allowed)))}", $"Use one of: {OneOf(allowed)}.", at, path);

    public static Diagnostic OutOfRange(SourceSpan at, string path, string value, double? minimum, double? maximum) =>
        Error("NF1005", $"{value} is out of range [{Format(minimum) ?? "-inf"}, {Format(maximum) ?? "inf"}]", "Choose a value inside the range.", at, path);

    public static Diagnostic PatternMismatch(SourceSpan at, string path, string value, string? expectation) =>
        Error("NF1006", $"'{Shorten(value)}' is not well formed", expectation ?? "Check the value's format.", at, path);

    public static Diagnostic ExactlyOne(SourceSpan at, string path, IEnumerable<string> properties) =>
        Error("NF1007", $"set exactly one of {string.Join(", ", properties.Select(p => $"'{p}'"))}", "Keep the one you mean and remove the others.", at, path);

    public static Diagnostic ItemCount(SourceSpan at, string path, string problem) =>
        Error("NF1008", problem, "Adjust the number of items.", at, path);

    public static Diagnostic NotAllowedHere(SourceSpan at, string path, string name, string? reason) =>
        Error("NF1009", $"'{name}' is not allowed here{(reason is null ? string.Empty : $": {reason.TrimEnd('.')}")}", $"Remove '{name}'.", at, path);

    public static Diagnostic SchemaViolation(SourceSpan at, string path, string kind) =>
        Error("NF1010", $"the value does not match the schema ({kind})", "See docs/pipeline-reference.md for this property.", at, path);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    private static string? Format(double? value) => value?.ToString("G", System.Globalization.CultureInfo.InvariantCulture);
}
