using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Metrics.Bleu;

namespace NovaForge.Runner.Tests.Evaluation.Metrics;

public class BleuTests
{
    [Fact]
    public void Tokenizer_13a_matches_sacrebleu()
    {
        // eval-metrics.md §9.2, checked against sacrebleu 2.6.0.
        Assert.Equal(
            "U . S . A . costs $ 3.50 , e-mail me : a @ b . com .",
            string.Join(' ', Tokenizer13a.Tokenize("U.S.A. costs $3.50, e-mail me: a@b.com.")));
        Assert.Equal("5 - 3 wasn't 1,000", string.Join(' ', Tokenizer13a.Tokenize("5-3 wasn't 1,000")));
    }

    [Fact]
    public void Corpus_bleu_matches_sacrebleu_test_bleu()
    {
        // mjpost/sacrebleu test/test_bleu.py (eval-metrics.md §9.4): 48.530827 with counts 14/7/5/3,
        // totals 17/14/11/8, sys_len 17, ref_len 18.
        string[] hypotheses = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];
        string[] first = ["The dog bit the man.", "It was not unexpected.", "The man bit him first."];
        string[] second = ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."];
        var corpus = new BleuStatistics();
        for (var i = 0; i < hypotheses.Length; i++)
        {
            corpus.Add(SegmentBleu.Statistics(Tokenizer13a.Tokenize(hypotheses[i]), [Tokenizer13a.Tokenize(first[i]), Tokenizer13a.Tokenize(second[i])]));
        }

        Assert.Equal([14L, 7, 5, 3], corpus.Correct);
        Assert.Equal([17L, 14, 11, 8], corpus.Total);
        Assert.Equal((17L, 18L), (corpus.HypothesisLength, corpus.ReferenceLength));
        Assert.Equal(48.530827, corpus.Score(), 6);
    }

    [Fact]
    public void Perfect_first_row_gives_the_published_container_value()
    {
        // AWS's gen_qa example reports "bleu": 100.00000000000004 (eval-metrics.md §9.4–9.5): exp(ln 100) in doubles.
        var metrics = Accumulate(("the cat sat on the mat", "the cat sat on the mat"), ("dogs bark", "other text"));
        Assert.Equal(100.00000000000004, metrics.Metrics[GenQaMetricNames.Bleu].Value);
    }

    [Fact]
    public void Short_first_row_gives_zero()
    {
        // eval-metrics.md §9.4: one segment "32" against "32" has no 4-gram and scores 0.0.
        Assert.Equal(0.0, Accumulate(("32", "32")).Metrics[GenQaMetricNames.Bleu].Value);
    }

    [Fact]
    public void High_similarity_case_matches_lighteval_before_and_after_the_fix()
    {
        // lighteval "BLEU – High Similarity" (eval-metrics.md §9.5): v0.10.0 gives 0.0, the fixed corpus BLEU 81.02.
        var metrics = Accumulate(
            ("Le chat dort", "Le chat dort"),
            ("Me gusta pizza", "Me gusta la pizza"),
            ("Das Wetter ist schön", "Das Wetter ist schön"));
        Assert.Equal(0.0, metrics.Metrics[GenQaMetricNames.Bleu].Value);
        Assert.Equal(81.02, Math.Round(metrics.Metrics[GenQaMetricNames.CorpusBleu].Value, 2));
    }

    [Fact]
    public void Bootstrap_of_identical_rows_has_no_spread()
    {
        var metrics = Accumulate(("a b c d e", "a b c d e"), ("a b c d e", "a b c d e"), ("a b c d e", "a b c d e"));
        Assert.Equal(0.0, metrics.Metrics[GenQaMetricNames.Bleu].StandardError);
        Assert.Equal(0.0, metrics.Metrics[GenQaMetricNames.CorpusBleu].StandardError);
    }

    [Fact]
    public void Bootstrap_first_row_bleu_agrees_with_a_direct_recount_of_each_resample()
    {
        // Hand check of the index: recompute each resample's first-row BLEU directly with SegmentBleu.
        (string, string)[] rows = [("a b c d", "a b c d"), ("x y", "x y z w"), ("a b c d e", "b c d e"), ("q r s t", "a b")];
        var random = new NovaForge.Runner.Evaluation.Sampling.PythonRandom(0);
        var scores = new List<double>();
        for (var r = 0; r < BleuBootstrap.Resamples; r++)
        {
            var picks = Enumerable.Range(0, rows.Length).Select(_ => random.Choice(rows.Length)).ToList();
            var hypothesis = Tokenizer13a.Tokenize(rows[picks[0]].Item1);
            scores.Add(SegmentBleu.Statistics(hypothesis, [.. picks.Select(p => (IReadOnlyList<string>)Tokenizer13a.Tokenize(rows[p].Item2))]).Score());
        }

        var expected = new MeanAccumulator();
        scores.ForEach(expected.Add);
        Assert.Equal(expected.StandardError!.Value, Accumulate(rows).Metrics[GenQaMetricNames.Bleu].StandardError!.Value, 12);
    }

    [Fact]
    public void Corpus_bleu_keeps_its_bootstrap_standard_error_above_the_first_row_limit()
    {
        // Rows alternate between a perfect and a half-right prediction, so resamples differ and the error is positive;
        // only the container's first-row BLEU, whose bootstrap needs every row's tokens, goes without one.
        var accumulator = new GenQaAccumulator();
        var perfect = ScoredGenQaRow.Score("a b c d e", ["a b c d e"]);
        var partial = ScoredGenQaRow.Score("a b x d e", ["a b c d e"]);
        for (var i = 0; i <= BleuBootstrap.RowLimit; i++)
        {
            accumulator.Add(i % 2 == 0 ? perfect : partial);
        }

        var metrics = accumulator.Result();
        Assert.True(metrics.Metrics[GenQaMetricNames.CorpusBleu].StandardError > 0);
        Assert.Null(metrics.Metrics[GenQaMetricNames.Bleu].StandardError);
        Assert.Contains("20,000 rows", Assert.Single(metrics.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Above_the_limit_the_normal_limit_of_the_resampled_sums_agrees_with_exact_resampling()
    {
        // The same 20,000 rows: lighteval's exact draws (below the limit) and the normal draws of the resample sums
        // estimate the same standard deviation; each estimate from 1000 resamples is within about 2.2% (1 SD) of it.
        var rows = Enumerable.Range(0, BleuBootstrap.RowLimit).Select(i => ScoredGenQaRow.Score(Prediction(i), [Reference(i)])).ToList();
        var exact = new GenQaAccumulator();
        var moments = new CorpusBleuMoments();
        foreach (var row in rows)
        {
            exact.Add(row);
            moments.Add(row.CorpusStatistics);
        }

        var exactError = exact.Result().Metrics[GenQaMetricNames.CorpusBleu].StandardError!.Value;
        var normalError = moments.StandardError(BleuBootstrap.Resamples)!.Value;
        Assert.InRange(normalError / exactError, 0.9, 1.1);
    }

    [Fact]
    public void Normal_limit_of_identical_rows_has_no_spread()
    {
        var moments = new CorpusBleuMoments();
        for (var i = 0; i < 100; i++)
        {
            moments.Add(ScoredGenQaRow.Score("a b c d e", ["a b c d x"]).CorpusStatistics);
        }

        Assert.Equal(0.0, moments.StandardError(BleuBootstrap.Resamples));
    }

    /// <summary>Deterministic rows of varied length and overlap: a reference of 5–24 words and a prediction that edits some.</summary>
    private static string Reference(int i) => string.Join(' ', Enumerable.Range(0, 5 + (i % 20)).Select(k => $"w{((i * 7) + (k * 13)) % 50}"));

    private static string Prediction(int i) => string.Join(' ', Reference(i).Split(' ').Select((w, k) => (i + k) % (2 + (i % 5)) == 0 ? $"x{k}" : w));

    private static GenQaMetrics Accumulate(params (string Prediction, string Gold)[] rows)
    {
        var accumulator = new GenQaAccumulator();
        foreach (var (prediction, gold) in rows)
        {
            accumulator.Add(ScoredGenQaRow.Score(prediction, [gold]));
        }

        return accumulator.Result();
    }
}
