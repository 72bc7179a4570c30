using NovaForge.Runner.Evaluation.Sampling;

namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// lighteval's <c>bleu_stderr</c> (eval-metrics.md §10.2): 1000 resamples drawn with <c>random.Random()</c> seeded 0,
/// each <c>choices(rows, k=N)</c>, scored like the full set, and the sample standard deviation of the 1000 scores
/// divided by √1000. Both BLEU layouts are bootstrapped from the same draws, up to <see cref="RowLimit"/> rows: the
/// container's first-row BLEU scores each resample's first pick against the golds of every row drawn, so every row's
/// tokens are kept, and the draws cost 1000 picks per row (a resample's picks are generated on one thread while the
/// previous one is scored on another; the picks are those of the sequential draws). Above the limit the rows are
/// dropped (memory stays bounded): corpus BLEU's standard error then comes from <see cref="CorpusBleuMoments"/>, the
/// same bootstrap with the resampled sums drawn from their normal limit, and the first-row BLEU has none.
/// </summary>
public sealed class BleuBootstrap
{
    public const int RowLimit = 20_000;
    public const int Resamples = 1000;

    private readonly CorpusBleuMoments moments = new();
    private readonly List<BleuStatistics> corpusRows = [];
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly List<int[]> hypotheses = [];
    private readonly List<int[][]> references = [];

    /// <summary>False once more than <see cref="RowLimit"/> rows were added: the first-row BLEU then has no standard error.</summary>
    public bool WithinLimit { get; private set; } = true;

    public void Add(IReadOnlyList<string> hypothesis, IReadOnlyList<IReadOnlyList<string>> rowReferences, BleuStatistics corpusRow)
    {
        moments.Add(corpusRow);
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

    /// <summary>The standard errors of the first-row (container) BLEU and of corpus BLEU; null where not computed.</summary>
    public (double? FirstRow, double? Corpus) StandardErrors()
    {
        if (!WithinLimit)
        {
            return (null, moments.StandardError(Resamples));
        }

        var n = corpusRows.Count;
        if (n < 2)
        {
            return (null, null);
        }

        var firstPicks = new int[Resamples];
        var corpusScores = new double[Resamples];
        Resample(n, (r, picks) =>
        {
            firstPicks[r] = picks[0];
            var corpus = new BleuStatistics();
            foreach (var pick in picks)
            {
                corpus.Add(corpusRows[pick]);
            }

            corpusScores[r] = corpus.Score();
        });

        // The first-row index covers only the hypotheses that are scored (the resamples' first picks); a second run of
        // the same draws marks each resample's rows and scores its first pick against them.
        var index = new FirstRowIndex(hypotheses, references, firstPicks.Distinct());
        var firstRowScores = new double[Resamples];
        var stamp = new int[n];
        Resample(n, (r, picks) =>
        {
            foreach (var pick in picks)
            {
                stamp[pick] = r + 1;
            }

            firstRowScores[r] = index.Score(picks[0], row => stamp[row] == r + 1);
        });
        return (BootstrapError(firstRowScores), BootstrapError(corpusScores));
    }

    /// <summary>Draws the resamples in order and hands each to <paramref name="score"/>, drawing the next meanwhile.</summary>
    private static void Resample(int n, Action<int, int[]> score)
    {
        var random = new PythonRandom(0);
        var current = new int[n];
        var next = new int[n];
        random.FillChoices(current, n);
        for (var r = 0; r < Resamples; r++)
        {
            var drawing = r + 1 < Resamples ? Task.Run(() => random.FillChoices(next, n)) : Task.CompletedTask;
            score(r, current);
            drawing.Wait();
            (current, next) = (next, current);
        }
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
}
