using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NovaForge.Schema.Yaml;

/// <summary>Types plain scalars by the YAML 1.2 core schema, as yaml-language-server does, so editors and the CLI agree.</summary>
public static partial class YamlScalars
{
    /// <summary>The JSON value of a scalar: null, bool, integer, number or string.</summary>
    public static JsonValue? ToJson(YScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(scalar.Value);
        }

        var text = scalar.Value;
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (DecimalInteger().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? JsonValue.Create(integer)
                : JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexInteger().IsMatch(text))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? JsonValue.Create(hex) : JsonValue.Create(text);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalInteger().IsMatch(text))
        {
            try
            {
                return JsonValue.Create(Convert.ToInt64(text[2..], 8));
            }
            catch (OverflowException)
            {
                return JsonValue.Create(text);
            }
        }

        if (Float().IsMatch(text))
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(text);
        }

        // Infinity and NaN have no JSON form; they stay strings and fail type checks with a clear message.
        return JsonValue.Create(text);
    }

    /// <summary>A short name of a scalar's resolved type, for messages ("integer", "string", ...).</summary>
    public static string TypeName(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "mapping",
        JsonArray => "list",
        JsonValue value when value.TryGetValue<bool>(out _) => "boolean",
        JsonValue value when value.TryGetValue<long>(out _) => "integer",
        JsonValue value when value.TryGetValue<double>(out _) => "number",
        _ => "string",
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInteger();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInteger();

    [GeneratedRegex("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
