using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// A <c>results_&lt;ts&gt;.json</c> file: <c>{"results": {"&lt;task key&gt;": {"&lt;metric&gt;": number, "&lt;metric&gt;_stderr": number}}}</c>.
/// gen_qa uses the task key <c>custom|gen_qa_gen_qa|0</c> plus an <c>all</c> block repeating it; llm_judge only <c>all</c>.
/// </summary>
public sealed record EvalResults(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Tasks)
{
    public const string AllKey = "all";

    /// <summary>The task's own block when there is one, else <c>all</c>.</summary>
    public IReadOnlyDictionary<string, double> Primary =>
        Tasks.FirstOrDefault(t => t.Key != AllKey).Value ?? Tasks.GetValueOrDefault(AllKey) ?? new Dictionary<string, double>();

    /// <summary>The metrics of the primary block paired with their <c>_stderr</c> twins, in file order.</summary>
    public IReadOnlyDictionary<string, MetricEstimate> Estimates(long count)
    {
        var primary = Primary;
        var estimates = new Dictionary<string, MetricEstimate>(StringComparer.Ordinal);
        foreach (var (name, value) in primary)
        {
            if (!name.EndsWith(GenQaMetricNames.StandardErrorSuffix, StringComparison.Ordinal))
            {
                estimates[name] = new MetricEstimate(value, primary.TryGetValue(name + GenQaMetricNames.StandardErrorSuffix, out var error) ? error : null, count);
            }
        }

        return estimates;
    }

    public static EvalResults Read(string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new EvaluationException(DiagnosticFactory.EvalResultsMalformed(file, e.Message));
        }

        if (root?["results"] is not JsonObject results)
        {
            throw new EvaluationException(DiagnosticFactory.EvalResultsMalformed(file, "there is no \"results\" object"));
        }

        var tasks = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (task, block) in results)
        {
            if (block is JsonObject metrics)
            {
                tasks[task] = metrics
                    .Where(m => m.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                    .ToDictionary(m => m.Key, m => m.Value!.GetValue<double>(), StringComparer.Ordinal);
            }
        }

        return new EvalResults(tasks);
    }

    public void Write(string file)
    {
        var results = new JsonObject();
        foreach (var (task, metrics) in Tasks)
        {
            results[task] = new JsonObject(metrics.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)JsonValue.Create(m.Value))));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, new JsonObject { ["results"] = results }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>A flat block: each metric followed by its <c>_stderr</c> twin when it has one.</summary>
    public static IReadOnlyDictionary<string, double> Block(IEnumerable<KeyValuePair<string, MetricEstimate>> metrics)
    {
        var block = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, estimate) in metrics)
        {
            block[name] = estimate.Value;
            if (estimate.StandardError is { } error)
            {
                block[name + GenQaMetricNames.StandardErrorSuffix] = error;
            }
        }

        return block;
    }
}
