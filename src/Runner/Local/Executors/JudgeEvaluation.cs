using System.Globalization;
using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// llm_judge and rubric_llm_judge on local: the baseline (A) and challenger (B) stages' answers to the same prompts are
/// paired and judged by <see cref="LocalJudge"/>; the rows and the win/tie/loss and preference figures are written in
/// the layout the evaluation library defines.
/// </summary>
internal static class JudgeEvaluation
{
    public static Task<JobOutputs> RunAsync(LocalJobContext context, EvalJobSpec spec, CancellationToken cancellation)
    {
        LocalJobs.Announce(context, "Judging");
        context.Log.Info("The local judge is a rule, not an LLM: it prefers the answer that matches the reference, and calls a tie when both or neither do.");
        var baseline = Examples("baseline", spec.BaselineOutput);
        var challenger = Examples("challenger", spec.ChallengerOutput);
        var pending = challenger.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<EvalExample>(g), StringComparer.Ordinal);
        var rows = new List<JudgmentRow>();
        foreach (var a in baseline)
        {
            cancellation.ThrowIfCancellationRequested();
            if (pending.TryGetValue(Key(a), out var queue) && queue.TryDequeue(out var b))
            {
                rows.Add(LocalJudge.Judge(a.Prompt ?? string.Empty, a.Prediction, b.Prediction, a.References.FirstOrDefault() ?? string.Empty, a.Metadata));
            }
        }

        var unmatched = baseline.Count - rows.Count;
        if (unmatched > 0)
        {
            context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"{unmatched} of the baseline's {baseline.Count} prompts have no answer from the challenger and are not judged."));
        }

        var result = EvalOutputWriter.WriteJudge(context.OutputDirectory, rows, DateTimeOffset.UtcNow);
        context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"{result.Prompts} prompts judged in both orders: A wins {result.AWins}, B wins {result.BWins}, ties {result.Ties}; B win rate {result.WinRate:0.###}."));
        return Task.FromResult(new JobOutputs
        {
            EvalOutput = context.OutputDirectory,
            Metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["winrate"] = result.WinRate,
                ["score"] = result.PreferenceB,
                ["a_wins"] = result.AWins,
                ["b_wins"] = result.BWins,
                ["ties"] = result.Ties,
                ["prompts"] = result.Prompts,
            },
        });
    }

    private static List<EvalExample> Examples(string which, string? folder)
    {
        var output = folder is null ? null : EvalOutput.Open(folder);
        if (output is null || !output.HasExamples)
        {
            throw LocalJobFailure.From(DiagnosticFactory.JudgeOutputMissing(which, folder ?? "(none)"));
        }

        return [.. output.Examples()];
    }

    /// <summary>Pairs answers by prompt and gold answer, so the two stages' files need not list examples in the same order.</summary>
    private static string Key(EvalExample example) => (example.Prompt ?? string.Empty) + "\u0000" + (example.References.FirstOrDefault() ?? string.Empty);
}
