using System.Text.Json.Nodes;

namespace NovaForge.Runner.Local.Functions;

/// <summary>Reads message text in either shape rows use: content as a string, or as a list of {"text": ...} parts.</summary>
public static class MessageText
{
    public static string? Of(JsonNode? content) => content switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray parts => string.Concat(parts.Select(p => p?["text"] is JsonValue t && t.TryGetValue<string>(out var text) ? text : string.Empty)),
        _ => null,
    };

    /// <summary>The text of the last message with one of the roles, or null.</summary>
    public static string? LastOf(JsonArray? messages, params string[] roles) =>
        messages?.LastOrDefault(m => m?["role"] is JsonValue role && role.TryGetValue<string>(out var name) && roles.Contains(name)) is { } message
            ? Of(message["content"])
            : null;
}
