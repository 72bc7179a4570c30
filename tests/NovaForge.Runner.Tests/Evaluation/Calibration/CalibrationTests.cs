using NovaForge.Runner.Evaluation.Calibration;
using NovaForge.Runner.Evaluation.Outputs;

namespace NovaForge.Runner.Tests.Evaluation.Calibration;

public class CalibrationTests
{
    [Fact]
    public void Confidence_is_the_probability_of_the_first_label_token_with_sentencepiece_spaces()
    {
        // "▁The▁answer▁is▁HQ": the label starts at token "▁HQ" (probability 0.6), not at the first token.
        var tokens = Tokens(("▁The", -0.01), ("▁answer", -0.02), ("▁is", -0.03), ("▁H", Math.Log(0.6)), ("Q", -0.001));
        Assert.Equal(0.6, LabelConfidence.Of(tokens, "HQ")!.Value, 12);
        Assert.Equal(Math.Exp(-0.01), LabelConfidence.Of(tokens, null)!.Value, 12);
    }

    [Fact]
    public void Json_answers_are_searched_after_the_field_name()
    {
        var tokens = Tokens(("{\"", -0.1), ("network", -0.2), ("\":", -0.1), ("▁{\"class\":", -0.1), ("▁\"", -0.1), ("network", Math.Log(0.3)), ("\"}", -0.1));
        Assert.Equal(0.3, LabelConfidence.Of(tokens, "network", "class")!.Value, 12);
    }

    [Fact]
    public void Json_answers_take_the_token_where_the_fields_value_begins_not_the_opening_brace()
    {
        // {"class": "printer", ...}: no valid label (printer is not one), yet the confidence is the value's first token.
        var tokens = Tokens(("{\"", Math.Log(0.99)), ("class", -0.01), ("\":", -0.01), ("▁\"", -0.01), ("print", Math.Log(0.4)), ("er", -0.2), ("\",", -0.01), ("▁\"thought\":", -0.1));
        Assert.Equal(0.4, LabelConfidence.Of(tokens, null, "class")!.Value, 12);
        Assert.Equal(0.4, LabelConfidence.Of(tokens, "printer", "class")!.Value, 12);
    }

    [Fact]
    public void The_generated_token_is_the_most_probable_candidate()
    {
        var position = new TokenLogprobs([KeyValuePair.Create("▁LQ", -2.0), KeyValuePair.Create("▁HQ", -0.2)]);
        Assert.Equal("▁HQ", position.Chosen.Key);
    }

    [Fact]
    public void Hand_computed_expected_calibration_error_and_lists()
    {
        // Bin [0.9,1.0): confidences 0.95, 0.95, accuracy 1/2 -> |0.5 - 0.95| * 2/4.
        // Bin [0.3,0.4): confidences 0.35, 0.35, accuracy 1/2 -> |0.5 - 0.35| * 2/4. ECE = 0.225 + 0.075 = 0.3.
        var accumulator = new CalibrationAccumulator(threshold: 0.8);
        accumulator.Add(Case(1, 0.95, true));
        accumulator.Add(Case(2, 0.95, false));
        accumulator.Add(Case(3, 0.35, true));
        accumulator.Add(Case(4, 0.35, false));
        var result = accumulator.Result()!;

        Assert.Equal(0.3, result.ExpectedCalibrationError, 12);
        Assert.Equal(2, result.LowConfidenceCount);
        Assert.Equal([2L], result.OverconfidentErrors.Select(c => c.Row));
        Assert.Equal(2, result.Bins[9].Count);
    }

    [Fact]
    public void Lists_keep_the_most_extreme_cases_within_their_limit()
    {
        var accumulator = new CalibrationAccumulator(threshold: 0.5, listLimit: 2);
        foreach (var (row, confidence) in new[] { (1L, 0.4), (2L, 0.1), (3L, 0.3), (4L, 0.2) })
        {
            accumulator.Add(Case(row, confidence, true));
        }

        var result = accumulator.Result()!;
        Assert.Equal(4, result.LowConfidenceCount);
        Assert.Equal([2L, 4L], result.LowConfidence.Select(c => c.Row));
    }

    private static ConfidenceCase Case(long row, double confidence, bool correct) => new(row, confidence, correct, correct ? 1 : 0, "p", "g");

    private static List<TokenLogprobs> Tokens(params (string Token, double Logprob)[] tokens) =>
        [.. tokens.Select(t => new TokenLogprobs([KeyValuePair.Create(t.Token, t.Logprob)]))];
}
