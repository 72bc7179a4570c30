using System.Globalization;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>Runs sft jobs: supervised fine-tuning of the local model on the prepared Converse rows.</summary>
public sealed class SftExecutor : ILocalJobExecutor
{
    public bool CanRun(JobRequest request) => request.Kind == "sft";

    public Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        LocalJobs.Announce(context, "Supervised fine-tuning");
        var start = LocalJobs.LoadInputModel(context);
        var examples = PreparedRows.Supervised(PreparedRows.Files(request, PreparedData.TrainChannel)).ToList();
        if (examples.Count == 0)
        {
            throw LocalJobFailure.From(DiagnosticFactory.NoData(request.StageId, "training"));
        }

        var settings = JobParameters.Training(request);
        var steps = settings.Steps(examples.Count);
        context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"SFT on {examples.Count} examples: {steps} steps of {settings.GlobalBatchSize}, lr {LocalJobs.Describe(settings.LearningRate)}, warmup {settings.WarmupSteps}, seed {settings.Seed}."));
        var recorder = new StepRecorder(context.Log);
        var model = SftTrainer.Train(start, examples, settings, recorder.Record, LocalJobs.IntermediateCheckpoints(context, "sft", settings.Seed), cancellation)
            .WithHistory(new TrainingRecord("sft", request.StageId, steps, settings.Seed));
        return Task.FromResult(LocalJobs.Finish(context, model, recorder));
    }
}
