namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>A metric's value, its standard error when known (the "±" figure) and how many examples it covers.</summary>
public sealed record MetricEstimate(double Value, double? StandardError, long Count);
