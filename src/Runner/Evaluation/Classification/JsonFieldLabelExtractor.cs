using System.Text.Json;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// The label is a field of a JSON answer (the ticket case's {"class": ..., "thought": ..., "description": ...}). The
/// object may be wrapped in prose or a code fence: the text from the first '{' to the last '}' is parsed. A dotted
/// field name reads a nested field. Gold references that are plain labels (not JSON) are taken as they are.
/// </summary>
public sealed class JsonFieldLabelExtractor(string field, IReadOnlyList<string> requiredFields) : ILabelExtractor
{
    private readonly string[] path = field.Split('.');

    public IReadOnlyList<string> KnownLabels => [];

    public string? Extract(string text)
    {
        if (Parse(text) is not { } json)
        {
            return null;
        }

        return Field(json, path) switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String => Trimmed(value.GetValue<string>()),
            JsonValue value => Trimmed(value.ToJsonString()),
            _ => null,
        };
    }

    public bool? AdheresToSchema(string text) =>
        Parse(text) is { } json && requiredFields.All(f => Field(json, f.Split('.')) is not null);

    private static string? Trimmed(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static JsonNode? Field(JsonObject json, string[] names)
    {
        JsonNode? node = json;
        foreach (var name in names)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node;
    }

    private static JsonObject? Parse(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text.AsSpan(start, end - start + 1).ToString()) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
