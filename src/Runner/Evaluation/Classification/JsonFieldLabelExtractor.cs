using System.Text.Json;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// The label is a field of a JSON answer (the ticket case's {"class": ..., "thought": ..., "description": ...}); a
/// dotted field name reads a nested field. Reading the label is lenient, as accuracy is meant to be independent of
/// format: the text from the first '{' to the last '}' is parsed, so prose or a code fence around the object do not
/// matter; with a known label set, a value outside it is no valid prediction. Gold references that are plain labels
/// (not JSON) are taken as they are. Schema adherence is strict: see <see cref="AdheresToSchema"/>.
/// </summary>
public sealed class JsonFieldLabelExtractor(string field, IReadOnlyList<string> labels) : ILabelExtractor
{
    private readonly string[] path = field.Split('.');

    public IReadOnlyList<string> KnownLabels => labels;

    public string? Extract(string text)
    {
        if (Lenient(text) is not { } json || Text(Field(json, path)) is not { } value)
        {
            return null;
        }

        return labels.Count == 0 ? value : labels.FirstOrDefault(l => string.Equals(l, value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The answer is one JSON object and nothing else (surrounding whitespace and one Markdown code fence, ```json or
    /// ```, are allowed; prose is not); it has the label field and every key of the gold when the gold is a JSON
    /// object (other keys are allowed), none of them null; with a known label set, the label field is a string equal
    /// to one of the labels, case included (as a JSON Schema enum compares).
    /// </summary>
    public bool? AdheresToSchema(string prediction, string reference)
    {
        if (Strict(prediction) is not { } answer || Field(answer, path) is not { } label)
        {
            return false;
        }

        if (labels.Count > 0 && !(label is JsonValue value && value.GetValueKind() == JsonValueKind.String && labels.Contains(value.GetValue<string>(), StringComparer.Ordinal)))
        {
            return false;
        }

        return Strict(reference) is not { } gold || gold.All(key => answer[key.Key] is not null);
    }

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Trimmed(value.GetValue<string>()),
        JsonValue value => Trimmed(value.ToJsonString()),
        _ => null,
    };

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

    private static JsonObject? Lenient(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return start < 0 || end <= start ? null : Parse(text.AsSpan(start, end - start + 1).ToString());
    }

    private static JsonObject? Strict(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = trimmed.IndexOf('\n', StringComparison.Ordinal);
            var language = firstLine < 0 ? string.Empty : trimmed[3..firstLine].Trim();
            if (firstLine < 0 || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < firstLine + 4 || language is not ("" or "json" or "JSON"))
            {
                return null;
            }

            trimmed = trimmed[(firstLine + 1)..^3];
        }

        return Parse(trimmed);
    }

    private static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
