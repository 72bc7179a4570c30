using System.Globalization;
using System.Text.Json;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Recipes;

/// <summary>Checks one override value against its parameter: type (and null), enum, range and multiple.</summary>
internal static class ParameterValueCheck
{
    public static Diagnostic? Check(RecipeParameter definition, JsonElement value, string path, string stage, string key)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return definition.Nullable ? null : DiagnosticFactory.OverrideWrongType(path, stage, key, Expected(definition), "null");
        }

        if (!HasType(definition.Type, value))
        {
            return DiagnosticFactory.OverrideWrongType(path, stage, key, Expected(definition), Actual(value));
        }

        var text = Text(value);
        if (definition.Enum is { } allowed)
        {
            return allowed.Any(a => SameValue(a, value)) ? null : DiagnosticFactory.OverrideNotInEnum(path, stage, key, text, allowed.Select(Text));
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        var number = value.GetDouble();
        if (number < definition.Minimum || number > definition.Maximum)
        {
            return DiagnosticFactory.OverrideOutOfRange(path, stage, key, text, definition.Minimum, definition.Maximum);
        }

        if (definition.MultipleOf is { } multiple && Math.Abs((number / multiple) - Math.Round(number / multiple)) > 1e-9)
        {
            return DiagnosticFactory.OverrideNotMultiple(path, stage, key, text, multiple);
        }

        return null;
    }

    private static bool HasType(string type, JsonElement value) => type switch
    {
        "integer" => value.ValueKind == JsonValueKind.Number && IsIntegral(value.GetDouble()),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => value.ValueKind == JsonValueKind.String,
    };

    internal static bool IsIntegral(double value) => Math.Abs(value) < 1e15 && value == Math.Floor(value);

    private static bool SameValue(JsonElement allowed, JsonElement value) =>
        allowed.ValueKind == JsonValueKind.Number && value.ValueKind == JsonValueKind.Number
            ? allowed.GetDouble() == value.GetDouble()
            : allowed.ValueKind == value.ValueKind && (value.ValueKind != JsonValueKind.String || allowed.GetString() == value.GetString());

    private static string Expected(RecipeParameter definition)
    {
        var expected = definition.Type switch
        {
            "integer" => "an integer",
            "number" => "a number",
            "boolean" => "true or false",
            _ => "a string",
        };
        return definition.Nullable ? $"{expected} or null" : expected;
    }

    private static string Actual(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string '{value.GetString()}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    internal static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(),
        _ => value.GetRawText(),
    };
}
