namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// The <c>bleu</c> the Nova container reports (lighteval ≤ 0.10, eval-metrics.md §9.5): sacrebleu receives one
/// reference set holding every gold of the dataset and scores only the first logged hypothesis against it. Streams:
/// only the first hypothesis's n-grams are counted in each gold.
/// </summary>
public sealed class FirstRowBleu
{
    private readonly Dictionary<NGram, int> referenceScratch = [];
    private Dictionary<string, int>? hypothesisVocabulary;
    private Dictionary<NGram, int>? hypothesisCounts;
    private Dictionary<NGram, int>? maxReferenceCounts;
    private int hypothesisLength;
    private int referenceLength = -1;
    private int[] ids = new int[64];

    public void Add(IReadOnlyList<string> hypothesis, IEnumerable<IReadOnlyList<string>> references)
    {
        if (hypothesisCounts is null)
        {
            hypothesisVocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in hypothesis)
            {
                hypothesisVocabulary.TryAdd(token, hypothesisVocabulary.Count);
            }

            hypothesisCounts = [];
            NGram.CountInto(MapToHypothesis(hypothesis), hypothesisCounts);
            maxReferenceCounts = [];
            hypothesisLength = hypothesis.Count;
        }

        foreach (var reference in references)
        {
            referenceLength = referenceLength < 0 ? reference.Count : BleuStatistics.ClosestReferenceLength(hypothesisLength, referenceLength, reference.Count);
            referenceScratch.Clear();
            NGram.CountInto(MapToHypothesis(reference), referenceScratch);
            foreach (var (gram, count) in referenceScratch)
            {
                if (hypothesisCounts!.ContainsKey(gram) && count > maxReferenceCounts!.GetValueOrDefault(gram))
                {
                    maxReferenceCounts![gram] = count;
                }
            }
        }
    }

    public double Score()
    {
        if (hypothesisCounts is null)
        {
            return 0;
        }

        Span<long> correct = stackalloc long[NGram.MaxOrder];
        Span<long> total = stackalloc long[NGram.MaxOrder];
        foreach (var (gram, count) in hypothesisCounts)
        {
            correct[gram.Order - 1] += Math.Min(count, maxReferenceCounts!.GetValueOrDefault(gram));
            total[gram.Order - 1] += count;
        }

        return BleuStatistics.Score(hypothesisLength, Math.Max(referenceLength, 0), correct, total);
    }

    private ReadOnlySpan<int> MapToHypothesis(IReadOnlyList<string> tokens)
    {
        if (ids.Length < tokens.Count)
        {
            ids = new int[Math.Max(tokens.Count, ids.Length * 2)];
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i] = hypothesisVocabulary!.TryGetValue(tokens[i], out var id) ? id : -1;
        }

        return ids.AsSpan(0, tokens.Count);
    }
}
