namespace NovaForge.Schema.Diagnostics;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggest
{
    public static IEnumerable<string> Closest(string word, IEnumerable<string> candidates, int max = 3)
    {
        var threshold = Math.Max(2, word.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= threshold || Contains(c.Candidate, word) || Contains(word, c.Candidate))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .Distinct()
            .Take(max);
    }

    /// <summary>
    /// Whether <paramref name="part"/> is a meaningful part of <paramref name="whole"/> ('lr' in 'min_lr'), not a chance
    /// substring ('eps' in 'max_steps'): it must be whole words ('_', '-' or '.' apart) at either end of the other.
    /// </summary>
    private static bool Contains(string whole, string part) =>
        part.Length > 0 && part.Length < whole.Length
        && WordSeparators.Any(separator => whole.StartsWith(part + separator, StringComparison.OrdinalIgnoreCase) || whole.EndsWith(separator + part, StringComparison.OrdinalIgnoreCase));

    private static readonly char[] WordSeparators = ['_', '-', '.'];

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + cost);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
