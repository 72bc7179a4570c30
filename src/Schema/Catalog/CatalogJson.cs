using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Catalog;

/// <summary>
/// Converts the catalog's YAML to JSON keeping each number as written, so that a default of <c>16.0</c> stays a float
/// and <c>0</c> an integer: rendered recipes must reproduce the official files' value types, not only their values.
/// </summary>
internal static partial class CatalogJson
{
    public static JsonNode? ToJsonNode(YNode? node) => node switch
    {
        null => null,
        YScalar scalar => Scalar(scalar),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(ToJsonNode)]),
        YMapping mapping => Mapping(mapping),
        _ => throw new InvalidOperationException($"unexpected node {node.GetType().Name}"),
    };

    private static JsonNode? Scalar(YScalar scalar)
    {
        var value = YamlScalars.ToJson(scalar);
        return scalar.IsPlain && YamlScalars.TypeName(value) == "number" && JsonNumber().IsMatch(scalar.Value)
            ? JsonNode.Parse(scalar.Value)
            : value;
    }

    private static JsonObject Mapping(YMapping mapping)
    {
        var result = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            result[entry.Key.Value] = ToJsonNode(entry.Value);
        }

        return result;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();
}
