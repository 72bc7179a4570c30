namespace NovaForge.Runner.Evaluation.Reports.Charts;

/// <summary>One named series of values, one per category (null draws no bar).</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values);
