using System.Globalization;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// rft_eval on the local model: each RFT row's prompt is answered greedily and the stage's reward function scores the
/// answer; the reward (and the function's metrics_list) become per-example metrics, averaged in the results beside
/// the gen_qa metrics against the reference answers.
/// </summary>
internal static class RftEvaluation
{
    public static async Task<JobOutputs> RunAsync(LocalJobContext context, EvalJobSpec spec, Func<string, string?> environment, CancellationToken cancellation)
    {
        var request = context.Request;
        var rows = PreparedRows.Rft(PreparedRows.Files(request, PreparedData.EvalChannel, PreparedData.TrainChannel)).ToList();
        if (rows.Count == 0)
        {
            throw LocalJobFailure.From(DiagnosticFactory.NoData(request.StageId, "evaluation"));
        }

        var decoding = EvalSettings.Decoding(request, spec);
        EvalSettings.Announce(context, rows.Count, decoding);
        var model = LocalJobs.LoadInputModel(context);
        var candidates = model.IsTrained ? null : ResponseVocabulary.Build(rows.Select(r => r.Reference).OfType<string>());
        var function = spec.Reward ?? spec.Processor ?? throw LocalJobFailure.From(DiagnosticFactory.FunctionNotRunnableLocally("an rft_eval stage without a reward function"));
        var (reward, problem) = RewardFunctions.Create(function, rows.Select(r => r.Reference).OfType<string>(), environment, line => context.Log.Info("[reward] " + line));
        if (reward is null)
        {
            throw LocalJobFailure.From(problem!);
        }

        await using (reward)
        {
            var answers = rows.Select(r => Decoder.Answer(model, r.Prompt, decoding, candidates)).ToList();
            var samples = rows.Select((r, i) => RewardSample.Create(string.Create(CultureInfo.InvariantCulture, $"{r.Id}#{i}"), r.Row, answers[i].Text)).ToList();
            var scored = await reward.ScoreAsync(samples, cancellation);
            if (!scored.Succeeded)
            {
                throw LocalJobFailure.From(scored.Diagnostics[0], scored.Diagnostics.Count - 1);
            }

            var examples = rows.Select((r, i) => EvalSettings.Example(answers[i], r.Prompt.Query, r.Reference ?? string.Empty, null, Metrics(scored.Scores[i]!))).ToList();
            var analysis = await EvalOutputWriter.WriteGenQaAsync(context.OutputDirectory, examples, EvalSettings.Scoring(spec, examples), DateTimeOffset.UtcNow, cancellation);
            return new JobOutputs { EvalOutput = context.OutputDirectory, Metrics = EvalSettings.Headline(analysis) };
        }
    }

    private static Dictionary<string, double> Metrics(RewardScore score)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal) { ["reward"] = score.Score };
        foreach (var metric in score.Metrics)
        {
            metrics.TryAdd(metric.Name, metric.Value);
        }

        return metrics;
    }
}
