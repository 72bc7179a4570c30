using System.Text.Json.Nodes;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Compares a rendered recipe with an official one: the same keys in the same order at every level, the same value
/// types (integer, float, string, boolean, null) and equal values, except at paths that hold names or ARNs, where both
/// sides need only be strings (unless the official value is an OmegaConf interpolation, which is structure and must
/// be equal), and at paths whose value the caller prescribes.
/// </summary>
internal static class RecipeTreeComparer
{
    /// <summary>Names and ARNs a run fills in. The data and output locations are not here: <see cref="RunLocations"/> prescribes them.</summary>
    public static readonly IReadOnlySet<string> RunValuePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "run.name", "run.model_name_or_path", "run.validation_data_s3_path", "run.reward_lambda_arn",
        "run.mlflow_tracking_uri", "run.mlflow_experiment_name", "run.mlflow_run_name",
        "processor.lambda_arn", "rl_env.reward_lambda_arn", "training_config.rollout.rewards.api_endpoint.lambda_arn",
    };

    /// <summary>The differences, one line each; <paramref name="prescribed"/> maps paths whose value is prescribed instead of the official one to a string to equal, or to null for any S3 URI.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, IReadOnlyDictionary<string, string?>? prescribed = null)
    {
        var differences = new List<string>();
        Compare(expected, actual, string.Empty, prescribed ?? new Dictionary<string, string?>(), differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, IReadOnlyDictionary<string, string?> prescribed, List<string> differences)
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
                    Compare(e[key], a[key], path.Length == 0 ? key : $"{path}.{key}", prescribed, differences);
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
                    Compare(e[i], a[i], $"{path}[{i}]", prescribed, differences);
                }

                break;
            default:
                var expectedType = YamlScalars.TypeName(expected);
                var actualType = YamlScalars.TypeName(actual);
                if (prescribed.TryGetValue(path, out var value))
                {
                    var text = actualType == "string" ? actual!.GetValue<string>() : null;
                    if (value is null ? text?.StartsWith("s3://", StringComparison.Ordinal) != true : text != value)
                    {
                        differences.Add($"{Show(path)}: {(value is null ? "an S3 URI" : $"\"{value}\"")} expected on this platform, got {actualType} {actual?.ToJsonString() ?? "null"}");
                    }
                }
                else if (RunValuePaths.Contains(path) && !IsInterpolation(expected))
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

    private static bool IsInterpolation(JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var s) && s.StartsWith("${", StringComparison.Ordinal);

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
