using System.Text.Json.Nodes;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Compares a rendered recipe with an official one: the same keys in the same order at every level, the same value
/// types (integer, float, string, boolean, null) and equal values, except at paths that hold names, paths or ARNs,
/// where both sides need only be strings.
/// </summary>
internal static class RecipeTreeComparer
{
    public static readonly IReadOnlySet<string> RunValuePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "run.name", "run.model_name_or_path", "run.data_s3_path", "run.validation_data_s3_path", "run.output_s3_path",
        "run.reward_lambda_arn", "run.mlflow_tracking_uri", "run.mlflow_experiment_name", "run.mlflow_run_name",
        "processor.lambda_arn", "rl_env.reward_lambda_arn", "training_config.rollout.rewards.api_endpoint.lambda_arn",
    };

    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, string.Empty, differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                var expectedKeys = e.Select(p => p.Key).ToList();
                var actualKeys = a.Select(p => p.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    differences.Add($"{Show(path)}: keys [{string.Join(", ", expectedKeys)}] expected, got [{string.Join(", ", actualKeys)}]");
                    return;
                }

                foreach (var key in expectedKeys)
                {
                    Compare(e[key], a[key], path.Length == 0 ? key : $"{path}.{key}", differences);
                }

                break;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    differences.Add($"{Show(path)}: {e.Count} items expected, got {a.Count}");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", differences);
                }

                break;
            default:
                var expectedType = YamlScalars.TypeName(expected);
                var actualType = YamlScalars.TypeName(actual);
                if (RunValuePaths.Contains(path))
                {
                    if (expectedType != "string" || actualType != "string")
                    {
                        differences.Add($"{Show(path)}: a string expected on both sides, got {expectedType} and {actualType}");
                    }
                }
                else if (expectedType != actualType || !SameValue(expected, actual))
                {
                    differences.Add($"{Show(path)}: {expectedType} {expected?.ToJsonString() ?? "null"} expected, got {actualType} {actual?.ToJsonString() ?? "null"}");
                }

                break;
        }
    }

    private static bool SameValue(JsonNode? expected, JsonNode? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (JsonValue e, JsonValue a) when e.TryGetValue<double>(out var x) && a.TryGetValue<double>(out var y) => x == y,
        (JsonValue e, JsonValue a) when e.TryGetValue<long>(out var x) && a.TryGetValue<long>(out var y) => x == y,
        (JsonValue e, JsonValue a) => e.ToJsonString() == a.ToJsonString(),
        _ => false,
    };

    private static string Show(string path) => path.Length == 0 ? "(root)" : path;
}
