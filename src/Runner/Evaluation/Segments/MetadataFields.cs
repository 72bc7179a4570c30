using System.Text.Json;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Evaluation.Segments;

/// <summary>
/// The fields of a row's metadata string. Metadata is free text, usually a JSON object such as
/// {"difficulty":"easy","domain":"IT_support"}: its scalar fields are the segments (nested objects with dotted names).
/// Short text that is not JSON is one field, <see cref="RawField"/>.
/// </summary>
public static class MetadataFields
{
    public const string RawField = "metadata";

    /// <summary>The longest free-text value taken as a segment; longer text (a prompt, a note) is not a category.</summary>
    public const int MaxValueLength = 100;

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? metadata)
    {
        if (string.IsNullOrWhiteSpace(metadata))
        {
            return [];
        }

        var trimmed = metadata.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                if (JsonNode.Parse(trimmed) is JsonObject json)
                {
                    var fields = new List<KeyValuePair<string, string>>();
                    Flatten(json, string.Empty, fields);
                    return fields;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: treated as raw text below.
            }
        }

        return trimmed.Length <= MaxValueLength ? [KeyValuePair.Create(RawField, trimmed)] : [];
    }

    private static void Flatten(JsonObject json, string prefix, List<KeyValuePair<string, string>> fields)
    {
        foreach (var (name, value) in json)
        {
            switch (value)
            {
                case JsonObject nested:
                    Flatten(nested, prefix + name + ".", fields);
                    break;
                case JsonValue scalar:
                    fields.Add(KeyValuePair.Create(prefix + name, scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString()));
                    break;
            }
        }
    }
}
