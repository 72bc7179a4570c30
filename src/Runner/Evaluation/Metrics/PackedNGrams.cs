namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// N-grams of small token ids packed into longs and sorted, so that two texts' n-gram multisets are compared by one
/// merge walk instead of hash tables (the hot path of scoring a million rows). A key holds up to four 15-bit ids and
/// the order in its low 3 bits; <see cref="Fits"/> says whether a text's ids can be packed.
/// </summary>
public static class PackedNGrams
{
    public const int MaxId = (1 << 15) - 1;

    public static bool Fits(int distinctTokens) => distinctTokens <= MaxId + 1;

    /// <summary>Every n-gram of orders <paramref name="minOrder"/>..<paramref name="maxOrder"/> (≤ 4), sorted.</summary>
    public static long[] Sorted(ReadOnlySpan<int> ids, int minOrder, int maxOrder)
    {
        var count = 0;
        for (var n = minOrder; n <= maxOrder; n++)
        {
            count += Math.Max(ids.Length - n + 1, 0);
        }

        var grams = new long[count];
        var k = 0;
        for (var n = minOrder; n <= maxOrder; n++)
        {
            for (var i = 0; i + n <= ids.Length; i++)
            {
                long key = 0;
                for (var j = 0; j < n; j++)
                {
                    key = (key << 15) | (uint)ids[i + j];
                }

                grams[k++] = (key << 3) | (uint)n;
            }
        }

        Array.Sort(grams);
        return grams;
    }

    public static int OrderOf(long gram) => (int)(gram & 7);

    /// <summary>Per order, Σ over distinct n-grams of min(count in a, count in b); both sorted.</summary>
    public static void Overlap(long[] a, long[] b, Span<long> perOrder)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                var gram = a[i];
                int countA = 0, countB = 0;
                while (i < a.Length && a[i] == gram)
                {
                    countA++;
                    i++;
                }

                while (j < b.Length && b[j] == gram)
                {
                    countB++;
                    j++;
                }

                perOrder[OrderOf(gram) - 1] += Math.Min(countA, countB);
            }
        }
    }

    /// <summary>How many n-grams of each order a sorted array holds.</summary>
    public static void Totals(long[] grams, Span<long> perOrder)
    {
        foreach (var gram in grams)
        {
            perOrder[OrderOf(gram) - 1]++;
        }
    }
}
