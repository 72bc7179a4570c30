using System.Globalization;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>Runs cpt jobs: continued pre-training, which on the local model learns word statistics of the raw text (see <see cref="CptTrainer"/>).</summary>
public sealed class CptExecutor : ILocalJobExecutor
{
    public bool CanRun(JobRequest request) => request.Kind == "cpt";

    public Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        LocalJobs.Announce(context, "Continued pre-training");
        var start = LocalJobs.LoadInputModel(context);
        var texts = PreparedRows.Texts(PreparedRows.Files(request, PreparedData.TrainChannel)).ToList();
        if (texts.Count == 0)
        {
            throw LocalJobFailure.From(DiagnosticFactory.NoData(request.StageId, "text"));
        }

        var settings = JobParameters.Training(request);
        var steps = settings.Steps(texts.Count);
        context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"CPT on {texts.Count} texts: {steps} steps of {settings.GlobalBatchSize}, seed {settings.Seed}. The local model learns word and word-pair frequencies (later stages weight features by them); lr does not apply to counting."));
        if (start.IsTrained)
        {
            context.Log.Info("The input model is already fine-tuned: its features will be reweighted by the new statistics, so fine-tune again after CPT.");
        }

        var recorder = new StepRecorder(context.Log);
        var model = CptTrainer.Train(start, texts, settings, recorder.Record, LocalJobs.IntermediateCheckpoints(context, "cpt", settings.Seed), cancellation)
            .WithHistory(new TrainingRecord("cpt", request.StageId, steps, settings.Seed));
        return Task.FromResult(LocalJobs.Finish(context, model, recorder));
    }
}
