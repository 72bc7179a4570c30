using System.Text.Json.Nodes;

namespace NovaForge.Schema.Yaml;

/// <summary>Converts a node tree to JSON (aliases are expanded; the tree builder has bounded their size).</summary>
public static class YamlJson
{
    public static JsonNode? ToJsonNode(YNode? node) => node switch
    {
        null => null,
        YScalar scalar => YamlScalars.ToJson(scalar),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(ToJsonNode)]),
        YMapping mapping => ToObject(mapping),
        _ => throw new InvalidOperationException($"unexpected node {node.GetType().Name}"),
    };

    private static JsonObject ToObject(YMapping mapping)
    {
        var result = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            result[entry.Key.Value] = ToJsonNode(entry.Value);
        }

        return result;
    }
}
