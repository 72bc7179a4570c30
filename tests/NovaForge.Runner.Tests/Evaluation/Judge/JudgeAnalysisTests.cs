using NovaForge.Runner.Evaluation.Judge;

namespace NovaForge.Runner.Tests.Evaluation.Judge;

public class JudgeAnalysisTests
{
    [Fact]
    public void Hand_computed_counts_preference_and_position_bias()
    {
        // Prompt 1: B wins in both orders. Prompt 2: each order prefers the response shown first (position bias).
        // Prompt 3: tie and B. Judgments: A 1, B 4, tie 1 -> win rate 4/6, preference (4 + 0.5) / 6 = 0.75.
        JudgmentRow[] rows =
        [
            Row(JudgePreference.B, JudgePreference.B),
            Row(JudgePreference.A, JudgePreference.B),
            Row(JudgePreference.Tie, JudgePreference.B),
        ];
        var result = JudgeAnalysis.Analyze(rows);

        Assert.Equal((1, 4, 1, 0), (result.AWins, result.BWins, result.Ties, result.Errors));
        Assert.Equal(4 / 6.0, result.WinRate, 12);
        Assert.Equal(0.75, result.PreferenceB, 12);
        Assert.Equal(1 / 3.0, result.OrderConsistency!.Value, 12);

        // Decisive judgments: (A-first, B) (B-first, B) (A-first, A) (B-first, B) (B-first, B): first shown won 4 of 5.
        Assert.Equal(0.8, result.FirstPositionWinRate!.Value, 12);
        Assert.InRange(result.PreferenceB, result.LowerPreferenceB!.Value, result.UpperPreferenceB!.Value);
    }

    [Fact]
    public void Unanimous_judgments_have_a_degenerate_interval()
    {
        var result = JudgeAnalysis.Analyze([Row(JudgePreference.B, JudgePreference.B), Row(JudgePreference.B, JudgePreference.B)]);
        Assert.Equal((1.0, 1.0, 1.0), (result.PreferenceB, result.LowerPreferenceB!.Value, result.UpperPreferenceB!.Value));
        Assert.Null(result.EloDifference);
    }

    [Fact]
    public void Results_block_has_the_llm_judge_keys()
    {
        JudgmentRow[] rows = [Row(JudgePreference.A, JudgePreference.B), Row(JudgePreference.Error, JudgePreference.B)];
        var block = JudgeAnalysis.ResultsBlock(JudgeAnalysis.Analyze(rows), rows);
        Assert.Equal(
            ["a_scores", "a_scores_stderr", "b_scores", "b_scores_stderr", "ties", "ties_stderr", "inference_error", "inference_error_stderr", "score", "winrate", "score_stderr", "lower_rate", "upper_rate"],
            block.Keys);
        Assert.Equal((1.0, 2.0, 1.0), (block["a_scores"], block["b_scores"], block["inference_error"]));
    }

    private static JudgmentRow Row(JudgePreference ab, JudgePreference ba) => new() { Prompt = "p", ResponseA = "a", ResponseB = "b", PreferenceAb = ab, PreferenceBa = ba };
}
