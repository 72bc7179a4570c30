namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// sacrebleu's sufficient statistics (eval-metrics.md §9.3–9.4): hypothesis and reference lengths and, per n-gram
/// order, matched and total hypothesis n-grams. Corpus statistics are sums of segment statistics.
/// </summary>
public sealed class BleuStatistics
{
    public long HypothesisLength { get; private set; }

    public long ReferenceLength { get; private set; }

    public long[] Correct { get; } = new long[NGram.MaxOrder];

    public long[] Total { get; } = new long[NGram.MaxOrder];

    public void AddSegment(long hypothesisLength, long referenceLength, ReadOnlySpan<long> correct, ReadOnlySpan<long> total)
    {
        HypothesisLength += hypothesisLength;
        ReferenceLength += referenceLength;
        for (var n = 0; n < NGram.MaxOrder; n++)
        {
            Correct[n] += correct[n];
            Total[n] += total[n];
        }
    }

    public void Add(BleuStatistics other) => AddSegment(other.HypothesisLength, other.ReferenceLength, other.Correct, other.Total);

    /// <summary>BLEU on the 0–100 scale with sacrebleu's defaults: brevity penalty and exp smoothing.</summary>
    public double Score() => Score(HypothesisLength, ReferenceLength, Correct, Total);

    public static double Score(long hypothesisLength, long referenceLength, ReadOnlySpan<long> correct, ReadOnlySpan<long> total)
    {
        Span<double> correctCounts = stackalloc double[NGram.MaxOrder];
        Span<double> totalCounts = stackalloc double[NGram.MaxOrder];
        for (var n = 0; n < NGram.MaxOrder; n++)
        {
            correctCounts[n] = correct[n];
            totalCounts[n] = total[n];
        }

        return Score((double)hypothesisLength, referenceLength, correctCounts, totalCounts);
    }

    /// <summary>The same on real-valued statistics (a bootstrap's normal draws of corpus sums); integral inputs give the same doubles.</summary>
    public static double Score(double hypothesisLength, double referenceLength, ReadOnlySpan<double> correct, ReadOnlySpan<double> total)
    {
        var anyCorrect = false;
        foreach (var c in correct)
        {
            anyCorrect |= c > 0;
        }

        if (!anyCorrect)
        {
            return 0;
        }

        var brevityPenalty = hypothesisLength >= referenceLength ? 1.0 : hypothesisLength == 0 ? 0.0 : Math.Exp(1 - (referenceLength / hypothesisLength));
        Span<double> precisions = stackalloc double[NGram.MaxOrder];
        var smoothing = 1.0;
        for (var n = 0; n < NGram.MaxOrder; n++)
        {
            if (total[n] == 0)
            {
                break;
            }

            if (correct[n] == 0)
            {
                smoothing *= 2;
                precisions[n] = 100.0 / (smoothing * total[n]);
            }
            else
            {
                precisions[n] = 100.0 * correct[n] / total[n];
            }
        }

        var logSum = 0.0;
        foreach (var p in precisions)
        {
            logSum += p == 0 ? -9999999999 : Math.Log(p);
        }

        return brevityPenalty * Math.Exp(logSum / NGram.MaxOrder);
    }

    /// <summary>sacrebleu's closest reference length: smallest |hyp − ref|, ties to the shorter reference.</summary>
    public static int ClosestReferenceLength(int hypothesisLength, int current, int candidate)
    {
        var currentDiff = Math.Abs(hypothesisLength - current);
        var candidateDiff = Math.Abs(hypothesisLength - candidate);
        return candidateDiff < currentDiff || (candidateDiff == currentDiff && candidate < current) ? candidate : current;
    }
}
