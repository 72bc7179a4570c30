namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// A running mean and sample variance (Welford), so that a mean metric and lighteval's <c>mean_stderr</c>,
/// <c>sqrt(Σ(x − mean)² / (N − 1)) / sqrt(N)</c>, come from one pass without keeping the values. Accumulators of
/// separate parts merge exactly (Chan et al.), which per-segment breakdowns and parallel scoring use.
/// </summary>
public sealed class MeanAccumulator
{
    private double mean;
    private double squaredDeviations;

    public long Count { get; private set; }

    public double Sum { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Mean => Count == 0 ? double.NaN : mean;

    /// <summary>The standard error of the mean; null with fewer than two values (lighteval writes no <c>_stderr</c> then).</summary>
    public double? StandardError => Count < 2 ? null : Math.Sqrt(squaredDeviations / (Count - 1)) / Math.Sqrt(Count);

    public double? StandardDeviation => Count < 2 ? null : Math.Sqrt(squaredDeviations / (Count - 1));

    public void Add(double value)
    {
        Count++;
        Sum += value;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        var delta = value - mean;
        mean += delta / Count;
        squaredDeviations += delta * (value - mean);
    }

    public void Merge(MeanAccumulator other)
    {
        if (other.Count == 0)
        {
            return;
        }

        var count = Count + other.Count;
        var delta = other.mean - mean;
        squaredDeviations += other.squaredDeviations + (delta * delta * Count * other.Count / count);
        mean += delta * other.Count / count;
        Count = count;
        Sum += other.Sum;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    public MetricEstimate Estimate() => new(Mean, StandardError, Count);
}
