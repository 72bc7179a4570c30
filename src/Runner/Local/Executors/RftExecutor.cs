using System.Globalization;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// Runs rft jobs: group-relative policy optimization of the local model, rewarded by the stage's reward function (the
/// same Python file the sagemaker runtime deploys as the Lambda, run with python3, or a built-in). The first reward
/// failure fails the job with the diagnostic naming the sample.
/// </summary>
public sealed class RftExecutor(Func<string, string?>? environment = null) : ILocalJobExecutor
{
    private const int LoggedOutputLines = 50;

    public bool CanRun(JobRequest request) => request.Kind == "rft";

    public async Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        LocalJobs.Announce(context, "Reinforcement fine-tuning");
        var start = LocalJobs.LoadInputModel(context);
        var rows = PreparedRows.Rft(PreparedRows.Files(request, PreparedData.TrainChannel)).ToList();
        if (rows.Count == 0)
        {
            throw LocalJobFailure.From(DiagnosticFactory.NoData(request.StageId, "training"));
        }

        var spec = request.Reward ?? throw LocalJobFailure.From(DiagnosticFactory.FunctionNotRunnableLocally("an rft stage without a reward function"));
        var (reward, problem) = RewardFunctions.Create(spec, rows.Select(r => r.Reference).OfType<string>(), environment ?? Environment.GetEnvironmentVariable, OutputLogger(context.Log));
        if (reward is null)
        {
            throw LocalJobFailure.From(problem!);
        }

        await using (reward)
        {
            var settings = JobParameters.Training(request);
            var rollout = JobParameters.Rollout(request);
            var steps = settings.Steps(rows.Count);
            context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"RFT on {rows.Count} prompts with reward {reward.Name}: {steps} steps of {settings.GlobalBatchSize} prompts x {rollout.NumberGeneration} generations (temperature {LocalJobs.Describe(rollout.Temperature)}, top_k {rollout.TopK}), lr {LocalJobs.Describe(settings.LearningRate)}, kl_loss_coef {LocalJobs.Describe(rollout.KlCoefficient)}, ent_coeff {LocalJobs.Describe(rollout.EntropyCoefficient)}, seed {settings.Seed}."));
            var recorder = new StepRecorder(context.Log);
            var model = await GrpoTrainer.TrainAsync(
                start,
                [.. rows.Select(r => r.Prompt)],
                [.. rows.Select(r => r.Reference ?? string.Empty)],
                (rollouts, token) => ScoreAsync(reward, rows, rollouts, context.Log, token),
                settings,
                rollout,
                recorder.Record,
                LocalJobs.IntermediateCheckpoints(context, "rft", settings.Seed),
                cancellation);
            return LocalJobs.Finish(context, model.WithHistory(new TrainingRecord("rft", request.StageId, steps, settings.Seed)), recorder);
        }
    }

    /// <summary>Scores one step's rollouts; sample ids are the row's id and the rollout's number, unique within the call.</summary>
    private static async Task<IReadOnlyList<double>> ScoreAsync(IRewardFunction reward, IReadOnlyList<RftRow> rows, IReadOnlyList<Rollout> rollouts, IJobLog log, CancellationToken cancellation)
    {
        var samples = rollouts.Select((r, n) => RewardSample.Create(string.Create(CultureInfo.InvariantCulture, $"{rows[r.Row].Id}#{n}"), rows[r.Row].Row, r.Response)).ToList();
        var result = await reward.ScoreAsync(samples, cancellation);
        if (!result.Succeeded)
        {
            foreach (var diagnostic in result.Diagnostics.Take(5))
            {
                log.Info(diagnostic.ToCanonicalString());
            }

            throw LocalJobFailure.From(result.Diagnostics[0], result.Diagnostics.Count - 1);
        }

        return [.. result.Scores.Select(s => s!.Score)];
    }

    /// <summary>The reward function's prints go to the job log, as a Lambda's go to CloudWatch (the first lines only).</summary>
    private static Action<string> OutputLogger(IJobLog log)
    {
        var lines = 0;
        return line =>
        {
            var count = Interlocked.Increment(ref lines);
            if (count <= LoggedOutputLines)
            {
                log.Info("[reward] " + line);
            }
            else if (count == LoggedOutputLines + 1)
            {
                log.Info("[reward] (further output is not logged)");
            }
        };
    }
}
