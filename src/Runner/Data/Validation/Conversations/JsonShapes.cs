using System.Text.Json;

namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>Small questions asked of JSON values while checking rows.</summary>
internal static class JsonShapes
{
    /// <summary>The property's value, or default when the element is not an object or has no such property (a JSON null counts as absent).</summary>
    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : default;

    public static bool Exists(this JsonElement element) => element.ValueKind != JsonValueKind.Undefined;

    public static bool IsString(this JsonElement element) => element.ValueKind == JsonValueKind.String;

    /// <summary>A string with something besides whitespace.</summary>
    public static bool IsFilledString(this JsonElement element) => element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString());

    public static string? StringOrNull(this JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    /// <summary>The kind in words, for messages.</summary>
    public static string Describe(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "text",
        _ => "null",
    };
}
