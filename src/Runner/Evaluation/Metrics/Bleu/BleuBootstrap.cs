using NovaForge.Runner.Evaluation.Sampling;

namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// lighteval's <c>bleu_stderr</c> (eval-metrics.md §10.2): 1000 resamples drawn with <c>random.Random()</c> seeded 0,
/// each <c>choices(rows, k=N)</c>, scored like the full set, and the sample standard deviation of the 1000 scores
/// divided by √1000. Both BLEU layouts are bootstrapped from the same draws. It needs every row's tokens, so it is kept
/// only up to <see cref="RowLimit"/> rows; above that the standard errors are not computed (memory stays bounded).
/// </summary>
public sealed class BleuBootstrap
{
    public const int RowLimit = 20_000;
    public const int Resamples = 1000;

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly List<int[]> hypotheses = [];
    private readonly List<int[][]> references = [];
    private readonly List<BleuStatistics> corpusRows = [];

    /// <summary>False once more than <see cref="RowLimit"/> rows were added.</summary>
    public bool WithinLimit { get; private set; } = true;

    public void Add(IReadOnlyList<string> hypothesis, IReadOnlyList<IReadOnlyList<string>> rowReferences, BleuStatistics corpusRow)
    {
        if (!WithinLimit)
        {
            return;
        }

        if (hypotheses.Count == RowLimit)
        {
            WithinLimit = false;
            vocabulary.Clear();
            hypotheses.Clear();
            references.Clear();
            corpusRows.Clear();
            return;
        }

        hypotheses.Add(Ids(hypothesis));
        references.Add([.. rowReferences.Select(Ids)]);
        corpusRows.Add(corpusRow);
    }

    /// <summary>The standard errors of the first-row (container) BLEU and of corpus BLEU, or nulls when not computed.</summary>
    public (double? FirstRow, double? Corpus) StandardErrors()
    {
        var n = hypotheses.Count;
        if (!WithinLimit || n < 2)
        {
            return (null, null);
        }

        // Only the resamples' first picks are ever scored as the first-row hypothesis: find them with a dry run of the
        // same random stream, and index only their n-grams.
        var dryRun = new PythonRandom(0);
        var firstPicks = new HashSet<int>();
        for (var r = 0; r < Resamples; r++)
        {
            firstPicks.Add(dryRun.Choice(n));
            for (var k = 1; k < n; k++)
            {
                dryRun.NextDouble();
            }
        }

        var index = new FirstRowIndex(hypotheses, references, firstPicks);
        var firstRowScores = new double[Resamples];
        var corpusScores = new double[Resamples];
        var random = new PythonRandom(0);
        var stamp = new int[n];
        for (var r = 0; r < Resamples; r++)
        {
            var corpus = new BleuStatistics();
            var first = random.Choice(n);
            stamp[first] = r + 1;
            corpus.Add(corpusRows[first]);
            for (var k = 1; k < n; k++)
            {
                var pick = random.Choice(n);
                stamp[pick] = r + 1;
                corpus.Add(corpusRows[pick]);
            }

            firstRowScores[r] = index.Score(first, row => stamp[row] == r + 1);
            corpusScores[r] = corpus.Score();
        }

        return (BootstrapError(firstRowScores), BootstrapError(corpusScores));
    }

    private static double BootstrapError(double[] scores)
    {
        var accumulator = new MeanAccumulator();
        foreach (var score in scores)
        {
            accumulator.Add(score);
        }

        return accumulator.StandardError ?? 0;
    }

    private int[] Ids(IReadOnlyList<string> tokens)
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

    /// <summary>
    /// For each n-gram of the hypotheses that are scored, the rows whose golds contain it, highest count first; and the
    /// gold lengths in order. A resample's maximum count is then the first posting whose row was drawn, found in a step
    /// or two.
    /// </summary>
    private sealed class FirstRowIndex
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
}
