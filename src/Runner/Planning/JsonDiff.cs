using System.Globalization;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Planning;

/// <summary>Lists the leaf values that differ between two JSON trees, as "path: old -> new".</summary>
public static class JsonDiff
{
    public static IEnumerable<string> Changes(JsonNode? before, JsonNode? after, string path = "")
    {
        switch (before, after)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    foreach (var change in Changes(a[key], b[key], path.Length == 0 ? key : $"{path}.{key}"))
                    {
                        yield return change;
                    }
                }

                break;
            default:
                var old = Text(before);
                var now = Text(after);
                if (old != now)
                {
                    yield return $"{path}: {old} -> {now}";
                }

                break;
        }
    }

    /// <summary>Numbers as people write them in YAML (1e-05, not 1E-05).</summary>
    private static string Text(JsonNode? node) => node switch
    {
        null => "(unset)",
        JsonValue value when value.TryGetValue<double>(out var number) => number.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant(),
        _ => node.ToJsonString(),
    };
}
