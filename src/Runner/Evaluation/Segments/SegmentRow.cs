using NovaForge.Runner.Evaluation.Metrics;

namespace NovaForge.Runner.Evaluation.Segments;

/// <summary>One value of a metadata field: how many examples have it and their metrics.</summary>
public sealed record SegmentRow(string Value, long Count, IReadOnlyDictionary<string, MetricEstimate> Metrics);
