namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// A mean metric and lighteval's <c>mean_stderr</c>, <c>sqrt(Σ(x − mean)² / (N − 1)) / sqrt(N)</c>, from one pass
/// without keeping the values. The mean is Sum / Count as lighteval's <c>np.mean</c> computes it (945 ones in 1,000
/// rows print as 0.945, where a running mean update drifts to 0.9449999999999998); the sum is compensated (Neumaier)
/// so that a million fractional scores lose no more precision than numpy's pairwise sum. The squared deviations use
/// Welford's update, which stays accurate where Σx² − N·mean² cancels, with a running mean of its own: Sum / Count
/// of equal values can be off by a rounding, and their spread must be exactly zero. Accumulators of separate parts
/// merge exactly (Chan et al.), which per-segment breakdowns and parallel scoring use.
/// </summary>
public sealed class MeanAccumulator
{
    private double sum;
    private double compensation;
    private double runningMean;
    private double squaredDeviations;

    public long Count { get; private set; }

    public double Sum => sum + compensation;

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    /// <summary>The standard error of the mean; null with fewer than two values (lighteval writes no <c>_stderr</c> then).</summary>
    public double? StandardError => Count < 2 ? null : Math.Sqrt(squaredDeviations / (Count - 1)) / Math.Sqrt(Count);

    public double? StandardDeviation => Count < 2 ? null : Math.Sqrt(squaredDeviations / (Count - 1));

    public void Add(double value)
    {
        Count++;
        AddToSum(value);
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        var delta = value - runningMean;
        runningMean += delta / Count;
        squaredDeviations += delta * (value - runningMean);
    }

    public void Merge(MeanAccumulator other)
    {
        if (other.Count == 0)
        {
            return;
        }

        var count = Count + other.Count;
        var delta = other.runningMean - runningMean;
        squaredDeviations += other.squaredDeviations + (delta * delta * Count * other.Count / count);
        runningMean += delta * other.Count / count;
        Count = count;
        AddToSum(other.sum);
        AddToSum(other.compensation);
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    public MetricEstimate Estimate() => new(Mean, StandardError, Count);

    /// <summary>Neumaier's compensated addition: the low-order bits lost by each addition are kept apart.</summary>
    private void AddToSum(double value)
    {
        var total = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? sum - total + value : value - total + sum;
        sum = total;
    }
}
