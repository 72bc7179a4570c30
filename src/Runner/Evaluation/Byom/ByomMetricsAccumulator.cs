using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Evaluation.Byom;

/// <summary>
/// Metrics returned per example by a bring-your-own-metrics postprocess function, combined as the container's
/// <c>processor.aggregation</c> says: average (its default), min, max or sum. Each metric keeps running figures only.
/// </summary>
public sealed class ByomMetricsAccumulator
{
    private readonly SortedDictionary<string, MeanAccumulator> metrics = new(StringComparer.Ordinal);

    public bool IsEmpty => metrics.Count == 0;

    public void Add(string metric, double value)
    {
        if (!metrics.TryGetValue(metric, out var accumulator))
        {
            metrics[metric] = accumulator = new MeanAccumulator();
        }

        accumulator.Add(value);
    }

    /// <summary>Each metric aggregated; the standard error is given for the average only.</summary>
    public IReadOnlyDictionary<string, MetricEstimate> Result(Aggregation aggregation) =>
        metrics.ToDictionary(
            m => m.Key,
            m => aggregation switch
            {
                Aggregation.Min => new MetricEstimate(m.Value.Min, null, m.Value.Count),
                Aggregation.Max => new MetricEstimate(m.Value.Max, null, m.Value.Count),
                Aggregation.Sum => new MetricEstimate(m.Value.Sum, null, m.Value.Count),
                _ => m.Value.Estimate(),
            },
            StringComparer.Ordinal);
}
