using Newtonsoft.Json.Linq;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Validation;

/// <summary>Converts a YAML tree to Newtonsoft tokens (what NJsonSchema validates), annotating each with its origin.</summary>
public static class YamlJToken
{
    public static JToken Convert(YNode node, YamlPath? path = null)
    {
        path ??= YamlPath.Root;
        JToken token = node switch
        {
            YScalar scalar => ScalarToken(scalar),
            YSequence sequence => new JArray(sequence.Items.Select((item, i) => Convert(item, path.Index(i)))),
            YMapping mapping => ObjectToken(mapping, path),
            _ => throw new InvalidOperationException($"unexpected node {node.GetType().Name}"),
        };
        token.AddAnnotation(new YamlOrigin(node, path, null));
        return token;
    }

    private static JObject ObjectToken(YMapping mapping, YamlPath path)
    {
        var result = new JObject();
        foreach (var entry in mapping.Entries)
        {
            var childPath = path.Key(entry.Key.Value);
            var property = new JProperty(entry.Key.Value, Convert(entry.Value, childPath));
            property.AddAnnotation(new YamlOrigin(entry.Value, childPath, entry.Key));
            result.Add(property);
        }

        return result;
    }

    private static JValue ScalarToken(YScalar scalar)
    {
        var value = YamlScalars.ToJson(scalar);
        if (value is null)
        {
            return JValue.CreateNull();
        }

        if (value.TryGetValue<bool>(out var boolean))
        {
            return new JValue(boolean);
        }

        if (value.TryGetValue<long>(out var integer))
        {
            return new JValue(integer);
        }

        if (value.TryGetValue<double>(out var number))
        {
            return new JValue(number);
        }

        return new JValue(value.GetValue<string>());
    }
}
