namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>The statistics of one hypothesis against its references (maximum reference count per n-gram).</summary>
public static class SegmentBleu
{
    public static BleuStatistics Statistics(IReadOnlyList<string> hypothesis, IReadOnlyList<IReadOnlyList<string>> references)
    {
        if (references.Count == 1)
        {
            using var ids = new TokenIds();
            var hypothesisIds = ids.Of(hypothesis);
            var referenceIds = ids.Of(references[0]);
            if (PackedNGrams.Fits(ids.Count))
            {
                return SingleReference(hypothesisIds, referenceIds);
            }
        }

        return MultipleReferences(hypothesis, references);
    }

    /// <summary>One reference (corpus BLEU's case): the n-gram multisets compared by a merge of sorted packed n-grams.</summary>
    private static BleuStatistics SingleReference(int[] hypothesis, int[] reference)
    {
        var hypothesisGrams = PackedNGrams.Sorted(hypothesis, 1, NGram.MaxOrder);
        Span<long> correct = stackalloc long[NGram.MaxOrder];
        Span<long> total = stackalloc long[NGram.MaxOrder];
        PackedNGrams.Overlap(hypothesisGrams, PackedNGrams.Sorted(reference, 1, NGram.MaxOrder), correct);
        PackedNGrams.Totals(hypothesisGrams, total);
        var statistics = new BleuStatistics();
        statistics.AddSegment(hypothesis.Length, reference.Length, correct, total);
        return statistics;
    }

    private static BleuStatistics MultipleReferences(IReadOnlyList<string> hypothesis, IEnumerable<IReadOnlyList<string>> references)
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
