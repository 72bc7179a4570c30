using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Reports;
using NovaForge.Runner.Evaluation.Scoring;

namespace NovaForge.Runner.Tests.Evaluation.Reports;

/// <summary>
/// A small case-study-shaped pipeline written with the output writer: baseline (verbose answers), SFT (bare labels),
/// RFT (better bare labels, with logprobs) on 3 question-quality classes, and an llm_judge stage comparing SFT to RFT.
/// Deterministic: every answer is a function of the row number.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public static readonly string[] Labels = ["HQ", "LQ_EDIT", "LQ_CLOSE"];

    public ReportFixture()
    {
        Root = Directory.CreateTempSubdirectory("nf-report-").FullName;
        var time = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Write("baseline", i => i % 5 == 0 ? "I am not sure." : $"This question looks {Predicted(i, 2)} to me because of its wording.", withLogprobs: false, time);
        Write("sft", i => Predicted(i, 3), withLogprobs: false, time);
        Write("rft", i => Predicted(i, 7), withLogprobs: true, time);
        EvalOutputWriter.WriteJudge(
            Path.Combine(Root, "judge"),
            [.. Enumerable.Range(0, 12).Select(i => new JudgmentRow
            {
                Prompt = $"question {i}",
                ResponseA = Predicted(i, 3),
                ResponseB = Predicted(i, 7),
                PreferenceAb = i % 4 == 0 ? JudgePreference.A : i % 4 == 1 ? JudgePreference.Tie : JudgePreference.B,
                PreferenceBa = i % 3 == 0 ? JudgePreference.A : JudgePreference.B,
                RationaleAb = "B names the right class.",
            })],
            time);
    }

    public string Root { get; }

    public IReadOnlyList<ReportStageInput> Stages =>
    [
        new("baseline", "gen_qa", Path.Combine(Root, "baseline")),
        new("sft", "gen_qa", Path.Combine(Root, "sft")),
        new("rft", "gen_qa", Path.Combine(Root, "rft")),
        new("judge", "llm_judge", Path.Combine(Root, "judge")),
    ];

    public static ReportOptions Options => new()
    {
        Title = "Stack Overflow question quality",
        Scoring = new ScoringOptions { Labels = new LabelExtraction { Labels = Labels } },
    };

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The gold label of row i.</summary>
    public static string Gold(int i) => Labels[i % 3];

    /// <summary>Right except on every <paramref name="errorEvery"/>-th row, where the next label is given.</summary>
    private static string Predicted(int i, int errorEvery) => i % errorEvery == 1 ? Labels[(i + 1) % 3] : Gold(i);

    private void Write(string stage, Func<int, string> answer, bool withLogprobs, DateTimeOffset time)
    {
        var examples = Enumerable.Range(0, 30).Select(i => new EvalExample(answer(i), [Gold(i)])
        {
            Prompt = $"Classify question {i}.",
            Metadata = $"{{\"difficulty\":\"{(i % 2 == 0 ? "easy" : "hard")}\",\"site\":\"stackoverflow\"}}",
            Logprobs = withLogprobs ? [new TokenLogprobs([KeyValuePair.Create("▁" + answer(i)[..2], -0.05 * (i % 10))])] : null,
        }).ToList();
        EvalOutputWriter.WriteGenQaAsync(Path.Combine(Root, stage), examples, new ScoringOptions(), time).GetAwaiter().GetResult();
    }
}
