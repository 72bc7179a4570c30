namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>Response lengths in words: count, range, mean, median, 95th percentile and an equal-width histogram.</summary>
public sealed record LengthSummary(long Count, int Min, int Max, double Mean, int Median, int P95, IReadOnlyList<HistogramBin> Histogram);
