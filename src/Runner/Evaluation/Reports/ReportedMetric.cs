using NovaForge.Runner.Evaluation.Metrics;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>A stage's value of one metric and where it comes from.</summary>
public sealed record ReportedMetric(string Name, double Value, double? StandardError, long Count, MetricSource Source)
{
    public static ReportedMetric From(string name, MetricEstimate estimate, MetricSource source) =>
        new(name, estimate.Value, estimate.StandardError, estimate.Count, source);
}
