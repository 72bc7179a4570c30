namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L F-measures as rouge_score computes them (eval-metrics.md §8): n-gram multiset overlap,
/// LCS over the whole text (not rougeLsum), 0 when either side is empty.
/// </summary>
public static class Rouge
{
    public static double NGramF(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        var targetGrams = Count(target, n);
        var predictionGrams = Count(prediction, n);
        var overlap = 0;
        foreach (var (gram, count) in targetGrams)
        {
            if (predictionGrams.TryGetValue(gram, out var other))
            {
                overlap += Math.Min(count, other);
            }
        }

        var precision = overlap / (double)Math.Max(Total(predictionGrams), 1);
        var recall = overlap / (double)Math.Max(Total(targetGrams), 1);
        return FMeasure(precision, recall);
    }

    public static double LcsF(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        if (target.Count == 0 || prediction.Count == 0)
        {
            return 0;
        }

        var lcs = LongestCommonSubsequence(target, prediction);
        return FMeasure(lcs / (double)prediction.Count, lcs / (double)target.Count);
    }

    private static double FMeasure(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    private static int Total(Dictionary<string, int> grams) => grams.Values.Sum();

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join('\u0001', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    /// <summary>The classic dynamic program with one rolling row: O(|a|·|b|) time, O(|b|) memory.</summary>
    private static int LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var row = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Count; j++)
            {
                var above = row[j];
                row[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? diagonal + 1 : Math.Max(above, row[j - 1]);
                diagonal = above;
            }
        }

        return row[b.Count];
    }
}
