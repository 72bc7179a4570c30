using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Writes values as YAML scalars, the same on every machine: strings double-quoted, integers as digits, floats always
/// with a decimal point and a signed two-digit exponent where one is needed (<c>1.0e-05</c>), so that YAML 1.1
/// (PyYAML, OmegaConf) and YAML 1.2 parsers read the same type and value.
/// </summary>
public static class YamlScalarText
{
    public const string Null = "null";

    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string String(string value) => JsonSerializer.Serialize(value, StringOptions);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        if (!mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa += ".0";
        }

        return exponentAt < 0 ? mantissa : $"{mantissa}e{text[(exponentAt + 1)..]}";
    }

    /// <summary>
    /// A parameter's value in the official file's type: an integer parameter as an integer; a number as a float unless
    /// it is whole and the recipe's own default is written as an integer (the files' <c>temperature: 0</c>).
    /// Null when the parameter is unset and the template decides.
    /// </summary>
    public static string? Of(ResolvedParameter parameter)
    {
        if (parameter.Value is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => Null,
            JsonValueKind.True => Boolean(true),
            JsonValueKind.False => Boolean(false),
            JsonValueKind.String => String(value.GetString()!),
            JsonValueKind.Number when parameter.Definition.Type == "integer" => Integer((long)value.GetDouble()),
            JsonValueKind.Number when ParameterValueCheck.IsIntegral(value.GetDouble()) && DefaultIsWrittenWhole(parameter) => Integer((long)value.GetDouble()),
            JsonValueKind.Number => Float(value.GetDouble()),
            _ => throw new InvalidOperationException($"parameter '{parameter.Name}' has a {value.ValueKind} value"),
        };
    }

    private static bool DefaultIsWrittenWhole(ResolvedParameter parameter) =>
        parameter.Definition.Default is { ValueKind: JsonValueKind.Number } defaultValue && defaultValue.GetRawText().TrimStart('-').All(char.IsAsciiDigit);
}
