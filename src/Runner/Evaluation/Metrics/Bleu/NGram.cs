namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>An n-gram (n ≤ 4) of token ids; unused positions are -1.</summary>
public readonly record struct NGram(int A, int B, int C, int D)
{
    public const int MaxOrder = 4;

    public int Order => D >= 0 ? 4 : C >= 0 ? 3 : B >= 0 ? 2 : 1;

    public static NGram At(ReadOnlySpan<int> ids, int start, int order) => order switch
    {
        1 => new(ids[start], -1, -1, -1),
        2 => new(ids[start], ids[start + 1], -1, -1),
        3 => new(ids[start], ids[start + 1], ids[start + 2], -1),
        _ => new(ids[start], ids[start + 1], ids[start + 2], ids[start + 3]),
    };

    /// <summary>Counts every 1- to 4-gram of the ids; n-grams containing a negative id (an unknown token) are skipped.</summary>
    public static void CountInto(ReadOnlySpan<int> ids, Dictionary<NGram, int> counts)
    {
        for (var order = 1; order <= MaxOrder; order++)
        {
            for (var start = 0; start + order <= ids.Length; start++)
            {
                if (ids.Slice(start, order).IndexOfAnyInRange(int.MinValue, -1) >= 0)
                {
                    continue;
                }

                var gram = At(ids, start, order);
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }
    }
}
