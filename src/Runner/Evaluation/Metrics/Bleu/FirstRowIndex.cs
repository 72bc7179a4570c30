namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// For each n-gram of the hypotheses that are scored, the rows whose golds contain it, highest count first; and the
/// gold lengths in order. A resample's maximum count is then the first posting whose row was drawn, found in a step
/// or two.
/// </summary>
internal sealed class FirstRowIndex
{
    private readonly Dictionary<int, KeyValuePair<NGram, int>[]> hypothesisGrams = [];
    private readonly Dictionary<NGram, (int Row, int Count)[]> postings;
    private readonly (int Length, int Row)[] lengths;
    private readonly int[] hypothesisLengths;

    public FirstRowIndex(List<int[]> hypotheses, List<int[][]> references, IEnumerable<int> hypothesisRows)
    {
        var building = new Dictionary<NGram, List<(int Row, int Count)>>();
        foreach (var row in hypothesisRows)
        {
            var counts = new Dictionary<NGram, int>();
            NGram.CountInto(hypotheses[row], counts);
            hypothesisGrams[row] = [.. counts];
            foreach (var gram in counts.Keys)
            {
                building.TryAdd(gram, []);
            }
        }

        var rowMax = new Dictionary<NGram, int>();
        var scratch = new Dictionary<NGram, int>();
        for (var row = 0; row < references.Count; row++)
        {
            rowMax.Clear();
            foreach (var reference in references[row])
            {
                scratch.Clear();
                NGram.CountInto(reference, scratch);
                foreach (var (gram, count) in scratch)
                {
                    if (building.ContainsKey(gram) && count > rowMax.GetValueOrDefault(gram))
                    {
                        rowMax[gram] = count;
                    }
                }
            }

            foreach (var (gram, count) in rowMax)
            {
                building[gram].Add((row, count));
            }
        }

        postings = building.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Count).ThenBy(x => x.Row).ToArray());
        lengths = [.. references.SelectMany((refs, row) => refs.Select(r => (r.Length, row))).Order()];
        hypothesisLengths = [.. hypotheses.Select(h => h.Length)];
    }

    public double Score(int first, Func<int, bool> drawn)
    {
        Span<long> correct = stackalloc long[NGram.MaxOrder];
        Span<long> total = stackalloc long[NGram.MaxOrder];
        foreach (var (gram, count) in hypothesisGrams[first])
        {
            var max = 0;
            foreach (var (row, referenceCount) in postings[gram])
            {
                if (drawn(row))
                {
                    max = referenceCount;
                    break;
                }
            }

            correct[gram.Order - 1] += Math.Min(count, max);
            total[gram.Order - 1] += count;
        }

        return BleuStatistics.Score(hypothesisLengths[first], ClosestDrawnLength(hypothesisLengths[first], drawn), correct, total);
    }

    private int ClosestDrawnLength(int hypothesisLength, Func<int, bool> drawn)
    {
        var split = Array.BinarySearch(lengths, (hypothesisLength, -1));
        split = split < 0 ? ~split : split;
        var below = split - 1;
        while (below >= 0 && !drawn(lengths[below].Row))
        {
            below--;
        }

        var above = split;
        while (above < lengths.Length && !drawn(lengths[above].Row))
        {
            above++;
        }

        if (below < 0)
        {
            return above < lengths.Length ? lengths[above].Length : 0;
        }

        return above >= lengths.Length ? lengths[below].Length : BleuStatistics.ClosestReferenceLength(hypothesisLength, lengths[below].Length, lengths[above].Length);
    }
}
