namespace NovaForge.Runner.Data.Sampling;

/// <summary>
/// How many of a dataset's rows go to each part, decided from the row count before any row is chosen:
/// <list type="bullet">
/// <item><c>sample</c>: a count (&gt;= 1) keeps that many rows; a fraction (&lt; 1) keeps round(rows x fraction), halves rounded up.</item>
/// <item><c>split</c>: a count (&gt;= 1) is that many of the sampled rows; a fraction is floor(sampled x fraction). When the
/// fractions add up to 1, the rows the flooring leaves over go one each to the parts with the largest remainders (the
/// first declared wins a tie), so every sampled row lands in a part. Rows in no part are dropped.</item>
/// <item>Without a split, the sample is one part (named <see langword="null"/>).</item>
/// </list>
/// </summary>
public sealed class SelectionPlan
{
    private const double Tolerance = 1e-9;

    private SelectionPlan(long rows, IReadOnlyList<(string? Name, long Count)> parts)
    {
        Rows = rows;
        Parts = parts;
    }

    /// <summary>The rows the selection draws from.</summary>
    public long Rows { get; }

    public IReadOnlyList<(string? Name, long Count)> Parts { get; }

    public long Selected => Parts.Sum(p => p.Count);

    /// <summary>The plan, or null with <paramref name="requested"/> set to the total asked for when it exceeds the rows.</summary>
    public static SelectionPlan? Create(long rows, double? sample, IReadOnlyDictionary<string, double>? split, out long requested)
    {
        var sampled = sample switch
        {
            null => rows,
            >= 1 => (long)Math.Floor(sample.Value),
            _ => (long)Math.Round(rows * sample.Value, MidpointRounding.AwayFromZero),
        };
        requested = sampled;
        if (sampled > rows)
        {
            return null;
        }

        if (split is null || split.Count == 0)
        {
            return new SelectionPlan(rows, [(null, sampled)]);
        }

        var parts = split.Select(p => (Name: (string?)p.Key, Count: p.Value >= 1 ? (long)Math.Floor(p.Value) : (long)Math.Floor(sampled * p.Value))).ToList();
        var fractions = split.Where(p => p.Value < 1).ToList();
        if (fractions.Count == split.Count && Math.Abs(fractions.Sum(p => p.Value) - 1) < Tolerance)
        {
            DistributeLeftover(parts, split, sampled);
        }

        requested = parts.Sum(p => p.Count);
        return requested > sampled ? null : new SelectionPlan(rows, parts);
    }

    /// <summary>The position of a part in <see cref="Parts"/>, or -1.</summary>
    public int IndexOf(string? part)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].Name == part)
            {
                return i;
            }
        }

        return -1;
    }

    private static void DistributeLeftover(List<(string? Name, long Count)> parts, IReadOnlyDictionary<string, double> split, long sampled)
    {
        var leftover = sampled - parts.Sum(p => p.Count);
        var byRemainder = split.Values
            .Select((fraction, index) => (Remainder: (sampled * fraction) - Math.Floor(sampled * fraction), Index: index))
            .OrderByDescending(p => p.Remainder)
            .ThenBy(p => p.Index)
            .ToList();
        for (var i = 0; i < leftover; i++)
        {
            var index = byRemainder[i % byRemainder.Count].Index;
            parts[index] = (parts[index].Name, parts[index].Count + 1);
        }
    }
}
