using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Outputs;

namespace NovaForge.Runner.Tests.Evaluation.Classification;

public class LabelInferenceTests
{
    [Fact]
    public void Json_golds_with_a_class_field_make_the_field_the_label_and_its_values_the_set()
    {
        var labels = LabelInference.FromExamples(Golds(
            "{\"class\": \"network\", \"thought\": \"VPN\"}",
            "{\"class\": \"hardware\", \"thought\": \"battery\"}",
            " {\"class\": \"network\", \"thought\": \"Wi-Fi\"}"));

        Assert.Equal("class", labels!.JsonField);
        Assert.Equal(["hardware", "network"], labels.Labels);
    }

    [Fact]
    public void Json_golds_whose_classes_are_not_a_label_set_keep_the_field_without_a_set()
    {
        var labels = LabelInference.FromExamples(Golds([.. Enumerable.Range(0, 30).Select(i => $"{{\"class\": \"c{i}\"}}")]));

        Assert.Equal("class", labels!.JsonField);
        Assert.Null(labels.Labels);
    }

    [Fact]
    public void A_few_short_golds_are_a_label_set()
    {
        var labels = LabelInference.FromExamples(Golds("HQ", "LQ_EDIT ", "LQ_CLOSE", "HQ"));

        Assert.Null(labels!.JsonField);
        Assert.Equal(["HQ", "LQ_CLOSE", "LQ_EDIT"], labels.Labels);
    }

    [Fact]
    public void Free_text_or_mixed_golds_are_not_classification()
    {
        Assert.Null(LabelInference.FromExamples(Golds("The answer is a long sentence that no label set would ever contain.", "HQ")));
        Assert.Null(LabelInference.FromExamples(Golds("HQ")));
        Assert.Null(LabelInference.FromExamples(Golds([.. Enumerable.Range(0, 30).Select(i => $"label{i}")])));
    }

    private static IEnumerable<EvalExample> Golds(params string[] golds) => golds.Select(g => new EvalExample("answer", [g]));
}
