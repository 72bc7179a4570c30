using NovaForge.Runner.Evaluation.Classification;

namespace NovaForge.Runner.Tests.Evaluation.Classification;

public class ClassificationTests
{
    [Theory]
    [InlineData("The question is LQ_EDIT because it needs edits.", "LQ_EDIT")]
    [InlineData("Label: hq.", "HQ")]
    [InlineData("(LQ_CLOSE)", "LQ_CLOSE")]
    [InlineData("HQX is not a label", null)]
    [InlineData("I cannot tell.", null)]
    public void Label_set_extracts_the_first_whole_word_label(string answer, string? expected)
    {
        Assert.Equal(expected, new LabelSetExtractor(["HQ", "LQ_EDIT", "LQ_CLOSE"]).Extract(answer));
    }

    private const string Gold = "{\"class\": \"network\", \"thought\": \"VPN\", \"description\": \"down\"}";

    [Fact]
    public void Json_field_is_read_from_prose_wrapped_answers_but_only_a_known_label_counts()
    {
        var extractor = new LabelExtraction { JsonField = "class", Labels = ["hardware", "network"] }.CreateExtractor();

        Assert.Equal("network", extractor.Extract("Here you go:\n```json\n" + Gold + "\n```\nHope it helps."));
        Assert.Equal("network", extractor.Extract("{\"class\": \"Network\"}"));
        Assert.Null(extractor.Extract("{\"class\": \"printer\"}"));
        Assert.Null(extractor.Extract("network, I think"));
        Assert.Equal(["hardware", "network"], extractor.KnownLabels);
    }

    [Theory]
    [InlineData(Gold, true)]
    [InlineData("  \n" + Gold + "\n", true)]
    [InlineData("```json\n" + Gold + "\n```", true)]
    [InlineData("```\n" + Gold + "\n```", true)]
    [InlineData("{\"class\": \"network\", \"thought\": \"VPN\", \"description\": \"down\", \"extra\": 1}", true)]
    [InlineData("Here you go: " + Gold, false)]
    [InlineData(Gold + " Hope it helps.", false)]
    [InlineData("```python\n" + Gold + "\n```", false)]
    [InlineData(Gold + Gold, false)]
    [InlineData("{\"class\": \"network\", \"thought\": \"VPN\"}", false)]
    [InlineData("{\"class\": \"network\", \"thought\": \"VPN\", \"description\": null}", false)]
    [InlineData("{\"class\": \"printer\", \"thought\": \"VPN\", \"description\": \"down\"}", false)]
    [InlineData("{\"class\": \"Network\", \"thought\": \"VPN\", \"description\": \"down\"}", false)]
    [InlineData("[" + Gold + "]", false)]
    public void Json_schema_adherence_is_one_object_with_the_golds_keys_and_a_known_label(string answer, bool adheres)
    {
        var extractor = new LabelExtraction { JsonField = "class", Labels = ["hardware", "network"] }.CreateExtractor();

        Assert.Equal(adheres, extractor.AdheresToSchema(answer, Gold));
    }

    [Fact]
    public void Without_a_label_set_any_class_value_adheres_and_a_plain_gold_asks_only_for_the_field()
    {
        var extractor = new LabelExtraction { JsonField = "class" }.CreateExtractor();

        Assert.True(extractor.AdheresToSchema("{\"class\": \"printer\"}", "printer"));
        Assert.Equal("printer", extractor.Extract("{\"class\": \"printer\"}"));
        Assert.False(extractor.AdheresToSchema("{\"kind\": \"printer\"}", "printer"));
    }

    [Fact]
    public void Regex_prefers_the_label_group()
    {
        Assert.Equal("HQ", new RegexLabelExtractor(@"answer:\s*(?<label>\w+)").Extract("My answer: HQ"));
        Assert.Equal("LQ", new RegexLabelExtractor(@"is (\w+)").Extract("it is LQ"));
    }

    [Fact]
    public void Catastrophic_pattern_gives_no_label_instead_of_an_error()
    {
        var extractor = new RegexLabelExtractor("^(a+)+$");
        Assert.Null(extractor.Extract(new string('a', 40) + "!"));
    }

    [Fact]
    public void Hand_computed_counts_separate_no_valid_prediction_from_wrong_labels()
    {
        // 10 answers, gold: 5 HQ, 5 LQ. Predicted: 4 HQ right, 1 HQ -> LQ, 3 LQ right, 2 LQ with no label.
        var accumulator = new ClassificationAccumulator(new LabelSetExtractor(["HQ", "LQ"]));
        for (var i = 0; i < 4; i++)
        {
            accumulator.Add("It is HQ", "HQ");
        }

        accumulator.Add("LQ", "HQ");
        for (var i = 0; i < 3; i++)
        {
            accumulator.Add("Clearly LQ.", "LQ");
        }

        accumulator.Add("unsure", "LQ");
        accumulator.Add("", "LQ");
        var result = accumulator.Result();

        Assert.Equal(0.7, result.Accuracy, 12);
        Assert.Equal(7 / 8.0, result.ValidAccuracy, 12);
        Assert.Equal(2, result.NoValidPrediction);
        var hq = result.Classes.Single(c => c.Label == "HQ");
        Assert.Equal((1.0, 0.8), (hq.Precision, hq.Recall));
        var lq = result.Classes.Single(c => c.Label == "LQ");
        Assert.Equal((0.75, 0.6), (lq.Precision, lq.Recall));
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, lq.F1, 12);
        Assert.Equal([4L, 1, 0], result.Confusion.Counts[0]);
        Assert.Equal([0L, 3, 2], result.Confusion.Counts[1]);
    }

    [Fact]
    public void Length_distribution_summarizes_counts()
    {
        var lengths = new LengthDistribution();
        foreach (var length in new[] { 1, 2, 2, 3, 10 })
        {
            lengths.Add(length);
        }

        var summary = lengths.Summary(bins: 5);
        Assert.Equal((1, 10, 3.6, 2, 10), (summary.Min, summary.Max, summary.Mean, summary.Median, summary.P95));
        Assert.Equal(5, summary.Histogram.Sum(b => b.Count));
        Assert.Equal(new[] { (1, 2, 3L), (3, 4, 1L), (5, 6, 0L), (7, 8, 0L), (9, 10, 1L) }, summary.Histogram.Select(b => (b.Start, b.End, b.Count)));
    }
}
