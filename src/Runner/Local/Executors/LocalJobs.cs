using System.Globalization;
using System.Text.Json;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>What every local job does around its work: say honestly what runs, load the input model, save the checkpoint.</summary>
public static class LocalJobs
{
    public const string CheckpointFolder = "checkpoint";

    /// <summary>The first log lines: the model is the local stand-in, not Nova; instance settings do not apply here.</summary>
    public static void Announce(LocalJobContext context, string what)
    {
        var request = context.Request;
        context.Log.Info($"{what} with the {LocalModel.DisplayName}, standing in for {request.Model} on this machine.");
        if (request.InstanceType is { } instanceType)
        {
            context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"Instance type {instanceType} x {request.InstanceCount} is ignored on the local runtime."));
        }
    }

    /// <summary>The model the job starts from: the untrained base model, or an upstream stage's checkpoint.</summary>
    public static LocalModel LoadInputModel(LocalJobContext context)
    {
        var input = context.Request.InputModel;
        if (string.Equals(input, "base", StringComparison.Ordinal))
        {
            return LocalModel.Base;
        }

        var model = Load(input);
        context.Log.Info($"Starting from the checkpoint {input} ({Lineage(model)}).");
        return model;
    }

    /// <summary>Loads a checkpoint folder, failing the job with a clear reason when it is missing or damaged.</summary>
    public static LocalModel Load(string path)
    {
        try
        {
            return Checkpoint.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or EndOfStreamException)
        {
            throw LocalJobFailure.From(DiagnosticFactory.CheckpointUnreadable(path, e.Message));
        }
    }

    public static JobOutputs Finish(LocalJobContext context, LocalModel model, StepRecorder steps)
    {
        var path = Path.Combine(context.OutputDirectory, CheckpointFolder);
        Checkpoint.Save(model, path, context.Request.Model);
        context.Log.Info(string.Create(CultureInfo.InvariantCulture, $"Saved the checkpoint to {path} ({model.Vocabulary.Count} known responses)."));
        return new JobOutputs { Checkpoint = path, Metrics = steps.Metrics() };
    }

    public static string Lineage(LocalModel model) =>
        model.History.Count == 0 ? "untrained" : "trained by " + string.Join(" then ", model.History.Select(h => $"{h.Kind} ({h.Stage})"));

    public static string Describe(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
