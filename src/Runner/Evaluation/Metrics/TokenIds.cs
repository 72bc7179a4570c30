namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>Numbers the distinct tokens of the texts one row compares, so that n-grams and LCS compare ints.</summary>
public sealed class TokenIds
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    /// <summary>How many distinct tokens were numbered.</summary>
    public int Count => ids.Count;

    public int[] Of(IReadOnlyList<string> tokens)
    {
        var result = new int[tokens.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (!ids.TryGetValue(tokens[i], out result[i]))
            {
                result[i] = ids.Count;
                ids[tokens[i]] = result[i];
            }
        }

        return result;
    }
}
