using NovaForge.Runner.Evaluation.Metrics;

namespace NovaForge.Runner.Tests.Evaluation.Metrics;

public class GenQaMetricTests
{
    private const string Fox = "The quick brown fox jumps over the lazy dog";

    // Reference values: lighteval tests/test_unit_base_metrics.py (eval-metrics.md §4–5).
    [Theory]
    [InlineData("\n The quick brown fox jumps over the lazy dog ", " The quick brown fox jumps over the lazy dog\n", 1)]
    [InlineData("The quick brown fox jumps over the lazy dog.", Fox, 0)]
    [InlineData("", "", 0)]
    public void Exact_match_matches_lighteval(string prediction, string gold, double expected)
    {
        Assert.Equal(expected, ExactMatch.Exact(prediction, gold));
    }

    [Theory]
    [InlineData("quick brown fox jumps over lazy dog.", "the quick brown fox, jumps over lazy dog", 1)]
    [InlineData("?", "?", 1)]
    [InlineData("32.0", "32", 0)]
    [InlineData("3.5", "35", 1)]
    public void Quasi_exact_match_matches_lighteval(string prediction, string gold, double expected)
    {
        Assert.Equal(expected, ExactMatch.Quasi(prediction, gold));
    }

    // Reference values: lighteval tests/unit/metrics/test_cases/f1_score.json (eval-metrics.md §6), exact doubles.
    [Theory]
    [InlineData("The quick brown fox", 0.6153846153846154)]
    [InlineData("A cat sleeps on the mat", 0.13333333333333333)]
    [InlineData("The brown quick fox jumps over the dog lazy", 1.0)]
    public void Set_f1_matches_lighteval(string prediction, double expected)
    {
        Assert.Equal(expected, SetF1.Score(prediction, Fox));
    }

    [Fact]
    public void Quasi_f1_normalizes_before_the_sets()
    {
        // eval-metrics.md §7: sets of 7 and 3 elements -> 0.6; "?" vs "?" -> 0 quasi, 1 plain.
        Assert.Equal(0.6, GenQaRowScorer.Score("The quick brown fox", [Fox]).QuasiF1, 12);
        var punctuation = GenQaRowScorer.Score("?", ["?"]);
        Assert.Equal(0.0, punctuation.QuasiF1);
        Assert.Equal(1.0, punctuation.F1);
    }

    // Reference values: rouge_score rouge/rouge_scorer_test.py (eval-metrics.md §8 "Test facts"), target first.
    [Fact]
    public void Rouge_matches_rouge_score_tests()
    {
        Assert.Equal(0.5, Rouge.NGramF(RougeTokenizer.Tokenize("testing one two"), RougeTokenizer.Tokenize("testing"), 1), 12);
        Assert.Equal(2.0 / 3, Rouge.NGramF(RougeTokenizer.Tokenize("testing one two"), RougeTokenizer.Tokenize("testing one"), 2), 12);
        Assert.Equal(0.8, Rouge.LcsF(RougeTokenizer.Tokenize("testing one two"), RougeTokenizer.Tokenize("testing two")), 12);
        Assert.Equal(0.0, Rouge.LcsF(RougeTokenizer.Tokenize("anything"), RougeTokenizer.Tokenize(string.Empty)));
        Assert.Equal(0.0, Rouge.NGramF(RougeTokenizer.Tokenize("anything"), RougeTokenizer.Tokenize(string.Empty), 1));
    }

    [Fact]
    public void Rouge_tokenizer_keeps_only_ascii_letters_and_digits()
    {
        // eval-metrics.md §8: "Café" -> "caf"; "s'il vous plaît" -> "s il vous pla t".
        Assert.Equal(["caf"], RougeTokenizer.Tokenize("Café"));
        Assert.Equal(["s", "il", "vous", "pla", "t"], RougeTokenizer.Tokenize("s'il vous plaît"));

        // rouge_score lowercases with Python's str.lower(): 'İ' becomes "i" + U+0307, and the combining dot separates.
        Assert.Equal(["i", "stanbul"], RougeTokenizer.Tokenize("İstanbul"));
    }

    [Fact]
    public void Hand_computed_row_averages_rouge_and_maximizes_exact_match_over_references()
    {
        // ROUGE-1 of "a b" vs "a b" is 1 and vs "c" is 0: averaged 0.5. Exact match takes the best reference: 1.
        var scores = GenQaRowScorer.Score("a b", ["a b", "c"]);
        Assert.Equal(0.5, scores.Rouge1);
        Assert.Equal(1.0, scores.ExactMatch);
    }

    [Fact]
    public void Standard_error_matches_the_published_aws_example()
    {
        // AWS "Evaluation Metrics Formats" gen_qa example (eval-metrics.md §10.1): em = 2344/3572 with
        // em_stderr 0.007948251702846893, qem = 2687/3572 with qem_stderr 0.007224355240883467.
        Assert.Equal(0.007948251702846893, Binary(2344, 3572).StandardError!.Value, 1e-12 * 0.0079);
        Assert.Equal(0.6562150055991042, Binary(2344, 3572).Mean, 14);
        Assert.Equal(0.007224355240883467, Binary(2687, 3572).StandardError!.Value, 1e-12 * 0.0072);
    }

    [Fact]
    public void Standard_error_matches_the_published_500_row_run_and_uses_n_minus_1()
    {
        // eval-metrics.md §10.1: EM 0.1300 ± 0.0151 over 500 rows; the population formula would give 0.0150.
        Assert.Equal(0.0151, Math.Round(Binary(65, 500).StandardError!.Value, 4));
    }

    [Fact]
    public void Mean_is_the_sum_over_the_count_as_numpy_prints_it()
    {
        // lighteval reports np.mean: 945 correct of 1,000 is 0.945, not a running update's 0.9449999999999998.
        Assert.Equal(0.945, Binary(945, 1000).Mean);
        Assert.Equal(0.772, Binary(386, 500).Mean);
    }

    [Fact]
    public void Standard_error_stays_accurate_for_values_with_a_large_common_offset()
    {
        // Σx² − N·mean² would cancel catastrophically here; the deviations of 1e9 + {0, 1, 2} are those of {0, 1, 2}.
        var accumulator = new MeanAccumulator();
        foreach (var value in new[] { 1e9, 1e9 + 1, 1e9 + 2 })
        {
            accumulator.Add(value);
        }

        Assert.Equal(1e9 + 1, accumulator.Mean);
        Assert.Equal(Math.Sqrt(1.0 / 3), accumulator.StandardError!.Value, 12);
    }

    [Fact]
    public void No_standard_error_for_a_single_row()
    {
        var accumulator = new MeanAccumulator();
        accumulator.Add(1);
        Assert.Null(accumulator.StandardError);
    }

    [Fact]
    public void Merged_accumulators_equal_one_pass()
    {
        var whole = new MeanAccumulator();
        var left = new MeanAccumulator();
        var right = new MeanAccumulator();
        foreach (var (value, i) in new[] { 0.1, 0.9, 0.4, 0.4, 1.0, 0.0, 0.7 }.Select((v, i) => (v, i)))
        {
            whole.Add(value);
            (i < 3 ? left : right).Add(value);
        }

        left.Merge(right);
        Assert.Equal(whole.Mean, left.Mean, 14);
        Assert.Equal(whole.StandardError!.Value, left.StandardError!.Value, 14);
    }

    private static MeanAccumulator Binary(int ones, int count)
    {
        var accumulator = new MeanAccumulator();
        for (var i = 0; i < count; i++)
        {
            accumulator.Add(i < ones ? 1 : 0);
        }

        return accumulator;
    }
}
