namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// Numbers the distinct tokens of the texts one row compares, so that n-grams and LCS compare ints. Every row needs a
/// few of these: their dictionaries are reused on each thread (cleared, capacity kept) instead of being allocated and
/// grown anew for each row, which was most of the scorer's garbage; dispose to hand the dictionary back.
/// </summary>
public sealed class TokenIds : IDisposable
{
    /// <summary>A dictionary that grew past this many tokens (a very long text) is dropped rather than kept for reuse.</summary>
    private const int MaxKeptCapacity = 4096;
    private const int MaxKeptPerThread = 4;

    [ThreadStatic]
    private static Stack<Dictionary<string, int>>? reusable;

    private readonly Dictionary<string, int> ids = reusable is { Count: > 0 } kept ? kept.Pop() : new(StringComparer.Ordinal);

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

    public void Dispose()
    {
        var count = ids.Count;
        ids.Clear();
        reusable ??= new Stack<Dictionary<string, int>>();
        if (count <= MaxKeptCapacity && reusable.Count < MaxKeptPerThread)
        {
            reusable.Push(ids);
        }
    }
}
