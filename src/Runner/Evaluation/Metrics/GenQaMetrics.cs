namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>The gen_qa metrics by result key (<see cref="GenQaMetricNames"/>), with notes on what could not be computed.</summary>
public sealed record GenQaMetrics(IReadOnlyDictionary<string, MetricEstimate> Metrics, IReadOnlyList<string> Notes)
{
    public long Count => Metrics.Values.Select(m => m.Count).DefaultIfEmpty(0).Max();
}
