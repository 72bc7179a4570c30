using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Functions;

/// <summary>
/// Checks a reward handler's return value strictly against the Lambda contract: a list (or, as the sample Lambdas do,
/// {"statusCode": 200, "body": "&lt;that list as JSON&gt;"}) holding exactly one {id, aggregate_reward_score, metrics_list?}
/// per input sample. A dict with errorMessage is a Lambda error for the whole batch.
/// </summary>
public static class RewardOutputValidator
{
    public static RewardBatchResult Validate(string file, JsonNode? output, IReadOnlyList<RewardSample> batch)
    {
        var diagnostics = new List<Diagnostic>();
        var scores = new RewardScore?[batch.Count];
        var first = batch.Count > 0 ? batch[0].Id : string.Empty;
        if (output is JsonObject envelope)
        {
            if (envelope["errorMessage"] is { } error)
            {
                return Failed(batch, DiagnosticFactory.LambdaErrorReturned(file, "reward function", first, Text(error)));
            }

            output = envelope["body"] switch
            {
                JsonValue body when body.TryGetValue<string>(out var json) => TryParse(json),
                JsonArray list => list,
                _ => output,
            };
        }

        if (output is not JsonArray items)
        {
            return Failed(batch, DiagnosticFactory.RewardOutputNotList(file, first, Describe(output)));
        }

        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var positionById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            positionById.TryAdd(batch[i].Id, i);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                diagnostics.Add(DiagnosticFactory.RewardItemMalformed(file, i + 1, $"is {Describe(items[i])}, not an object"));
                continue;
            }

            if (item["id"] is not JsonValue idValue || Id(idValue) is not { } id)
            {
                diagnostics.Add(DiagnosticFactory.RewardItemMalformed(file, i + 1, "has no 'id' (a string)"));
                continue;
            }

            if (!positionById.TryGetValue(id, out var position))
            {
                diagnostics.Add(DiagnosticFactory.RewardUnknownId(file, id));
                continue;
            }

            if (scores[position] is not null)
            {
                diagnostics.Add(DiagnosticFactory.RewardDuplicateId(file, id));
                continue;
            }

            if (Score(file, id, item, diagnostics) is { } score && Metrics(file, id, item, diagnostics) is { } metrics)
            {
                scores[position] = new RewardScore(id, score, metrics);
            }
            else
            {
                invalid.Add(id);
            }
        }

        var missing = batch.Where((s, i) => scores[i] is null && !invalid.Contains(s.Id)).Select(s => s.Id).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(DiagnosticFactory.RewardMissingIds(file, missing));
        }

        return new RewardBatchResult(scores, diagnostics);
    }

    public static RewardBatchResult Failed(IReadOnlyList<RewardSample> batch, Diagnostic diagnostic) =>
        new(new RewardScore?[batch.Count], [diagnostic]);

    private static double? Score(string file, string id, JsonObject item, List<Diagnostic> diagnostics)
    {
        switch (item["aggregate_reward_score"])
        {
            case null when !item.ContainsKey("aggregate_reward_score"):
                diagnostics.Add(DiagnosticFactory.RewardScoreInvalid(file, id, "is missing"));
                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && double.IsFinite(value.GetValue<double>()):
                return value.GetValue<double>();
            case var other:
                diagnostics.Add(DiagnosticFactory.RewardScoreInvalid(file, id, $"is not a number (got {Describe(other)})"));
                return null;
        }
    }

    private static List<RewardMetric>? Metrics(string file, string id, JsonObject item, List<Diagnostic> diagnostics)
    {
        switch (item["metrics_list"])
        {
            case null:
                return [];
            case JsonArray list:
                var metrics = new List<RewardMetric>();
                foreach (var entry in list)
                {
                    if (entry is not JsonObject metric || metric["name"] is not JsonValue name || !name.TryGetValue<string>(out var metricName)
                        || metric["value"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
                    {
                        diagnostics.Add(DiagnosticFactory.RewardMetricsMalformed(file, id, $"holds {Describe(entry)}, which is not {{\"name\": str, \"value\": number}}"));
                        return null;
                    }

                    metrics.Add(new RewardMetric(metricName, value.GetValue<double>(), metric["type"] is JsonValue type && type.TryGetValue<string>(out var t) ? t : "Metric"));
                }

                return metrics;
            case var other:
                diagnostics.Add(DiagnosticFactory.RewardMetricsMalformed(file, id, $"is {Describe(other)}, not a list"));
                return null;
        }
    }

    private static string? Id(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }

    private static string Text(JsonNode node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();

    /// <summary>A value as Python people would name it: None, a dict, a list, a string "...", a number 3.</summary>
    public static string Describe(JsonNode? node)
    {
        if (node is null)
        {
            return "None";
        }

        var json = node.ToJsonString();
        var sample = json.Length > 60 ? json[..57] + "..." : json;
        return node switch
        {
            JsonObject => $"a dict {sample}",
            JsonArray => $"a list {sample}",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => $"a string {sample}",
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => $"the number {sample}",
            _ => sample,
        };
    }
}
