using System.Globalization;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>Runs dpo jobs: direct preference optimization on Converse rows with preferred and non-preferred candidates.</summary>
public sealed class DpoExecutor : ILocalJobExecutor
{
    private const double DefaultBeta = 0.1;

    public bool CanRun(JobRequest request) => request.Kind == "dpo";

    public Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        LocalJobs.Announce(context, "Direct preference optimization");
        var start = LocalJobs.LoadInputModel(context);
        var pairs = PreparedRows.Preferences(PreparedRows.Files(request, PreparedData.TrainChannel)).ToList();
        if (pairs.Count == 0)
        {
            throw LocalJobFailure.From(DiagnosticFactory.NoData(request.StageId, "preference"));
        }

        var settings = JobParameters.Training(request);
        var beta = new JobParameters(request.Parameters).Number("beta") ?? DefaultBeta;
        var steps = settings.Steps(pairs.Count);
        context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"DPO on {pairs.Count} preference pairs: {steps} steps of {settings.GlobalBatchSize}, lr {LocalJobs.Describe(settings.LearningRate)}, beta {LocalJobs.Describe(beta)}, seed {settings.Seed}."));
        var recorder = new StepRecorder(context.Log);
        var model = DpoTrainer.Train(start, pairs, settings, beta, recorder.Record, LocalJobs.IntermediateCheckpoints(context, "dpo", settings.Seed), cancellation)
            .WithHistory(new TrainingRecord("dpo", request.StageId, steps, settings.Seed));
        return Task.FromResult(LocalJobs.Finish(context, model, recorder));
    }
}
