namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// Response lengths in whitespace-separated words, kept as counts per length (bounded by the longest answer, not the
/// number of rows); histograms and percentiles are computed from the counts.
/// </summary>
public sealed class LengthDistribution
{
    private readonly SortedDictionary<int, long> counts = [];

    public long Count { get; private set; }

    public void Add(int length)
    {
        counts[length] = counts.GetValueOrDefault(length) + 1;
        Count++;
    }

    public void Merge(LengthDistribution other)
    {
        foreach (var (length, count) in other.counts)
        {
            counts[length] = counts.GetValueOrDefault(length) + count;
        }

        Count += other.Count;
    }

    public LengthSummary Summary(int bins = 20)
    {
        if (Count == 0)
        {
            return new LengthSummary(0, 0, 0, 0, 0, 0, []);
        }

        var min = counts.Keys.First();
        var max = counts.Keys.Last();
        var mean = counts.Sum(c => (double)c.Key * c.Value) / Count;
        var width = Math.Max(1, (int)Math.Ceiling((max - min + 1) / (double)bins));
        var histogram = new List<HistogramBin>();
        for (var start = min; start <= max; start += width)
        {
            var end = start + width - 1;
            histogram.Add(new HistogramBin(start, end, counts.Where(c => c.Key >= start && c.Key <= end).Sum(c => c.Value)));
        }

        return new LengthSummary(Count, min, max, mean, Percentile(0.5), Percentile(0.95), histogram);
    }

    /// <summary>The smallest length with at least q of the examples at or below it.</summary>
    private int Percentile(double q)
    {
        var target = (long)Math.Ceiling(q * Count);
        long seen = 0;
        foreach (var (length, count) in counts)
        {
            seen += count;
            if (seen >= target)
            {
                return length;
            }
        }

        return counts.Keys.Last();
    }
}
