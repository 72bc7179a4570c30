using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Validation;

/// <summary>Turns NJsonSchema's errors into NovaForge diagnostics at the YAML position of the offending token.</summary>
internal static class SchemaErrorMapper
{
    public static void Map(ValidationError error, List<Diagnostic> diagnostics)
    {
        var origin = error.Token?.Annotation<YamlOrigin>();
        if (origin is null)
        {
            return;
        }

        var at = origin.Node.Span;
        var path = origin.Path.ToString();
        var schema = error.Schema;
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var parent = error.Token!.Parent?.Annotation<YamlOrigin>();
                diagnostics.Add(DiagnosticFactory.UnknownProperty(
                    origin.Key?.Span ?? at,
                    path,
                    error.Property ?? origin.Path.Last?.ToString() ?? "?",
                    Describe(parent?.Path ?? origin.Path.Parent),
                    schema.ActualProperties.Keys));
                break;
            case ValidationErrorKind.PropertyRequired:
                var description = schema.ActualProperties.TryGetValue(error.Property ?? string.Empty, out var property) ? property.Description : null;
                diagnostics.Add(DiagnosticFactory.MissingProperty(KeySpan(error.Token!) ?? at, origin.Path.Key(error.Property ?? "?").ToString(), error.Property ?? "?", FirstSentence(description)));
                break;
            case ValidationErrorKind.StringExpected:
                diagnostics.Add(WrongType(at, path, "a string", error.Token!));
                break;
            case ValidationErrorKind.IntegerExpected:
                diagnostics.Add(WrongType(at, path, "an integer", error.Token!));
                break;
            case ValidationErrorKind.NumberExpected:
                diagnostics.Add(WrongType(at, path, "a number", error.Token!));
                break;
            case ValidationErrorKind.BooleanExpected:
                diagnostics.Add(WrongType(at, path, "true or false", error.Token!));
                break;
            case ValidationErrorKind.ObjectExpected:
                diagnostics.Add(WrongType(at, path, "a mapping (key: value lines)", error.Token!));
                break;
            case ValidationErrorKind.ArrayExpected:
                diagnostics.Add(WrongType(at, path, "a list", error.Token!));
                break;
            case ValidationErrorKind.NullExpected:
                diagnostics.Add(WrongType(at, path, "null", error.Token!));
                break;
            case ValidationErrorKind.NoTypeValidates:
                diagnostics.Add(WrongType(at, path, string.Join(" or ", schema.Type.ToString().ToLowerInvariant().Split(", ")), error.Token!));
                break;
            case ValidationErrorKind.NotInEnumeration:
                diagnostics.Add(DiagnosticFactory.NotInEnum(at, path, Text(error.Token!), SortedValues(schema.Enumeration)));
                break;
            case ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig:
                diagnostics.Add(DiagnosticFactory.OutOfRange(at, path, Text(error.Token!), (double?)schema.Minimum, (double?)schema.Maximum));
                break;
            case ValidationErrorKind.PatternMismatch:
                diagnostics.Add(DiagnosticFactory.PatternMismatch(at, path, Text(error.Token!), schema.ExtensionData?.TryGetValue("patternErrorMessage", out var message) == true ? message?.ToString() : null));
                break;
            case ValidationErrorKind.NotOneOf when schema.OneOf.All(s => s.RequiredProperties.Count == 1):
                diagnostics.Add(DiagnosticFactory.ExactlyOne(at, path, schema.OneOf.Select(s => s.RequiredProperties.First())));
                break;
            case ValidationErrorKind.ExcludedSchemaValidates:
                diagnostics.Add(DiagnosticFactory.NotAllowedHere(KeySpan(error.Token!) ?? at, path, origin.Path.Last?.ToString() ?? "?", schema.Description ?? schema.ParentSchema?.Description));
                break;
            case ValidationErrorKind.TooFewItems or ValidationErrorKind.TooManyItems or ValidationErrorKind.ItemsNotUnique:
                diagnostics.Add(DiagnosticFactory.ItemCount(at, path, error.Kind.ToString()));
                break;
            case ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.NotAllOf when error is ChildSchemaValidationError nested:
                foreach (var inner in nested.Errors.SelectMany(e => e.Value))
                {
                    Map(inner, diagnostics);
                }

                break;
            default:
                diagnostics.Add(DiagnosticFactory.SchemaViolation(at, path, error.Kind.ToString()));
                break;
        }
    }

    private static IEnumerable<string> SortedValues(IEnumerable<object?> values)
    {
        var list = values.ToList();
        return list.All(v => v is long or int or double)
            ? list.Select(Convert.ToDouble).Order().Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : list.Select(v => v?.ToString() ?? "null");
    }

    private static Diagnostic WrongType(SourceSpan at, string path, string expected, JToken token) =>
        DiagnosticFactory.WrongType(at, path, expected, TypeName(token), token is JValue { Value: not null } ? Text(token) : null);

    private static string TypeName(JToken token) => token.Type switch
    {
        JTokenType.Object => "a mapping",
        JTokenType.Array => "a list",
        JTokenType.Integer => "an integer",
        JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "nothing (null)",
        _ => "a string",
    };

    private static string Text(JToken token) => token is JValue value ? Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "null" : token.Type.ToString();

    private static SourceSpan? KeySpan(JToken token) => token.Parent?.Annotation<YamlOrigin>()?.Key?.Span;

    private static string Describe(YamlPath path) => path.IsRoot ? "the pipeline" : $"'{path}'";

    private static string? FirstSentence(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
