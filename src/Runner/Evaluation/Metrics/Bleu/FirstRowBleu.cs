namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// The <c>bleu</c> the Nova container reports (lighteval ≤ 0.10, eval-metrics.md §9.5): sacrebleu receives one
/// reference set holding every gold of the dataset and scores only the first logged hypothesis against it. Streams:
/// once the first hypothesis is set, each row's golds are measured against it (<see cref="Measure"/>, safe to call in
/// parallel) and the measurements are merged in order (<see cref="Add(FirstRowContribution)"/>).
/// </summary>
public sealed class FirstRowBleu
{
    private readonly Dictionary<NGram, int> maxReferenceCounts = [];
    private Dictionary<string, int>? hypothesisVocabulary;
    private Dictionary<NGram, int>? hypothesisCounts;
    private int hypothesisLength;
    private int referenceLength = -1;

    public bool HasHypothesis => hypothesisCounts is not null;

    public void SetHypothesis(IReadOnlyList<string> hypothesis)
    {
        hypothesisVocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in hypothesis)
        {
            hypothesisVocabulary.TryAdd(token, hypothesisVocabulary.Count);
        }

        var counts = new Dictionary<NGram, int>();
        NGram.CountInto(MapToHypothesis(hypothesis), counts);
        hypothesisCounts = counts;
        hypothesisLength = hypothesis.Count;
    }

    /// <summary>One row's golds against the first hypothesis: the highest count of each of its n-grams, the closest length.</summary>
    public FirstRowContribution Measure(IEnumerable<IReadOnlyList<string>> references)
    {
        var counts = hypothesisCounts ?? throw new InvalidOperationException("the first hypothesis is not set");
        var max = new Dictionary<NGram, int>();
        var scratch = new Dictionary<NGram, int>();
        var closest = -1;
        foreach (var reference in references)
        {
            closest = closest < 0 ? reference.Count : BleuStatistics.ClosestReferenceLength(hypothesisLength, closest, reference.Count);
            scratch.Clear();
            NGram.CountInto(MapToHypothesis(reference), scratch);
            foreach (var (gram, count) in scratch)
            {
                if (counts.ContainsKey(gram) && count > max.GetValueOrDefault(gram))
                {
                    max[gram] = count;
                }
            }
        }

        return new FirstRowContribution(max, closest);
    }

    public void Add(FirstRowContribution contribution)
    {
        if (contribution.ClosestLength >= 0)
        {
            referenceLength = referenceLength < 0 ? contribution.ClosestLength : BleuStatistics.ClosestReferenceLength(hypothesisLength, referenceLength, contribution.ClosestLength);
        }

        foreach (var (gram, count) in contribution.MaxCounts)
        {
            if (count > maxReferenceCounts.GetValueOrDefault(gram))
            {
                maxReferenceCounts[gram] = count;
            }
        }
    }

    /// <summary>Adds a row in order; the first row's prediction becomes the hypothesis.</summary>
    public void Add(IReadOnlyList<string> hypothesis, IEnumerable<IReadOnlyList<string>> references)
    {
        if (!HasHypothesis)
        {
            SetHypothesis(hypothesis);
        }

        Add(Measure(references));
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
            correct[gram.Order - 1] += Math.Min(count, maxReferenceCounts.GetValueOrDefault(gram));
            total[gram.Order - 1] += count;
        }

        return BleuStatistics.Score(hypothesisLength, Math.Max(referenceLength, 0), correct, total);
    }

    private int[] MapToHypothesis(IReadOnlyList<string> tokens)
    {
        var ids = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i] = hypothesisVocabulary!.TryGetValue(tokens[i], out var id) ? id : -1;
        }

        return ids;
    }
}
