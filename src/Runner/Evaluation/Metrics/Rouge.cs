namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L F-measures as rouge_score computes them (eval-metrics.md §8): n-gram multiset overlap,
/// LCS over the whole text (not rougeLsum), 0 when either side is empty. Tokens are compared as ids (see
/// <see cref="TokenIds"/>), equal ids meaning equal tokens; ids of one row stay far below 2^30, so bigrams pack.
/// </summary>
public static class Rouge
{
    public static double NGramF(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        using var ids = new TokenIds();
        return NGramF(ids.Of(target), ids.Of(prediction), n);
    }

    public static double LcsF(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        using var ids = new TokenIds();
        return LcsF(ids.Of(target), ids.Of(prediction));
    }

    public static double NGramF(int[] target, int[] prediction, int n)
    {
        Span<long> overlap = stackalloc long[n];
        PackedNGrams.Overlap(PackedNGrams.Sorted(target, n, n), PackedNGrams.Sorted(prediction, n, n), overlap);
        var precision = overlap[n - 1] / (double)Math.Max(prediction.Length - n + 1, 1);
        var recall = overlap[n - 1] / (double)Math.Max(target.Length - n + 1, 1);
        return FMeasure(precision, recall);
    }

    public static double LcsF(int[] target, int[] prediction)
    {
        if (target.Length == 0 || prediction.Length == 0)
        {
            return 0;
        }

        var lcs = LongestCommonSubsequence(target, prediction);
        return FMeasure(lcs / (double)prediction.Length, lcs / (double)target.Length);
    }

    private static double FMeasure(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    /// <summary>The classic dynamic program with one rolling row: O(|a|·|b|) time, O(|b|) memory.</summary>
    private static int LongestCommonSubsequence(int[] a, int[] b)
    {
        Span<int> row = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = 0;
            var token = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = token == b[j - 1] ? diagonal + 1 : Math.Max(above, row[j - 1]);
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
