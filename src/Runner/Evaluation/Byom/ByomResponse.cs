using System.Text.Json;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Evaluation.Byom;

/// <summary>
/// Reads a BYOM postprocess response, <c>{"statusCode": 200, "body": [{"metric": str, "value": number}, ...]}</c>
/// (nova-recipes-and-eval.md §6), into metric values. Non-numeric values are reported back by name.
/// </summary>
public static class ByomResponse
{
    public static (IReadOnlyList<KeyValuePair<string, double>> Metrics, IReadOnlyList<string> Skipped) Parse(JsonNode? response)
    {
        var metrics = new List<KeyValuePair<string, double>>();
        var skipped = new List<string>();
        var body = response?["body"] is JsonValue text && text.TryGetValue<string>(out var serialized) ? JsonNode.Parse(serialized) : response?["body"];
        foreach (var item in body as JsonArray ?? [])
        {
            var name = item?["metric"] is JsonValue n && n.TryGetValue<string>(out var s) ? s : null;
            if (name is null)
            {
                continue;
            }

            if (item!["value"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
            {
                metrics.Add(KeyValuePair.Create(name, v.GetValue<double>()));
            }
            else
            {
                skipped.Add(name);
            }
        }

        return (metrics, skipped);
    }
}
