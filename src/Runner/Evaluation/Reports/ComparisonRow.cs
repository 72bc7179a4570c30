namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>One metric across the stages (null where a stage lacks it) and each stage's difference to the first stage.</summary>
public sealed record ComparisonRow(string Metric, string Label, IReadOnlyList<ReportedMetric?> Values, IReadOnlyList<double?> DeltaToFirst);
