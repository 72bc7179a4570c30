namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>The statistics of one hypothesis against its references (maximum reference count per n-gram).</summary>
public static class SegmentBleu
{
    public static BleuStatistics Statistics(IReadOnlyList<string> hypothesis, IEnumerable<IReadOnlyList<string>> references)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var hypothesisIds = Ids(hypothesis, vocabulary);
        var hypothesisCounts = new Dictionary<NGram, int>();
        NGram.CountInto(hypothesisIds, hypothesisCounts);
        var maxReference = new Dictionary<NGram, int>();
        var referenceCounts = new Dictionary<NGram, int>();
        var referenceLength = -1;
        foreach (var reference in references)
        {
            referenceLength = referenceLength < 0 ? reference.Count : BleuStatistics.ClosestReferenceLength(hypothesis.Count, referenceLength, reference.Count);
            referenceCounts.Clear();
            NGram.CountInto(Ids(reference, vocabulary), referenceCounts);
            foreach (var (gram, count) in referenceCounts)
            {
                if (hypothesisCounts.ContainsKey(gram) && count > maxReference.GetValueOrDefault(gram))
                {
                    maxReference[gram] = count;
                }
            }
        }

        Span<long> correct = stackalloc long[NGram.MaxOrder];
        Span<long> total = stackalloc long[NGram.MaxOrder];
        foreach (var (gram, count) in hypothesisCounts)
        {
            correct[gram.Order - 1] += Math.Min(count, maxReference.GetValueOrDefault(gram));
            total[gram.Order - 1] += count;
        }

        var statistics = new BleuStatistics();
        statistics.AddSegment(hypothesis.Count, Math.Max(referenceLength, 0), correct, total);
        return statistics;
    }

    private static int[] Ids(IReadOnlyList<string> tokens, Dictionary<string, int> vocabulary)
    {
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!vocabulary.TryGetValue(tokens[i], out ids[i]))
            {
                ids[i] = vocabulary.Count;
                vocabulary[tokens[i]] = ids[i];
            }
        }

        return ids;
    }
}
