using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.State;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Cli;

/// <summary>What the engine commands share: opening a pipeline (diagnostics printed), the lock, and the engine's parts.</summary>
public static class EngineSetup
{
    /// <summary>Loads and validates a pipeline; prints its diagnostics (errors and warnings) and returns null when invalid.</summary>
    public static PipelineWorkspace? Open(IOContext io, string pipelinePath, IReadOnlyList<string> sets, bool checkData = true)
    {
        var options = new LoadOptions
        {
            Sets = sets,
            Environment = io.Environment,
            CheckFiles = checkData,
            DataInspector = checkData ? new DataSourceInspector() : null,
        };
        var (workspace, loaded) = PipelineWorkspace.Open(io.FullPath(pipelinePath), pipelinePath, options);
        foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || workspace is null))
        {
            DiagnosticWriter.WriteText(workspace is null ? io.Error : io.Output, diagnostic, loaded.Source);
        }

        return workspace;
    }

    /// <summary>Takes the pipeline's lock, or prints who holds it and returns null.</summary>
    public static PipelineLock? Lock(IOContext io, PipelineWorkspace workspace, TimeProvider clock)
    {
        var (runLock, problem) = PipelineLock.Acquire(workspace.LockPath, clock);
        if (runLock is null)
        {
            DiagnosticWriter.WriteText(io.Error, problem!, null);
            return null;
        }

        if (runLock.TakenOverFrom is { } previous)
        {
            io.Output.WriteLine($"Took over the lock left by a process that ended ({previous}).");
        }

        return runLock;
    }

    public static int Fail(IOContext io, PipelineWorkspace workspace, Diagnostic problem, int exitCode = ExitCodes.Failure)
    {
        DiagnosticWriter.WriteText(io.Error, problem, workspace.Loaded.Source);
        return exitCode;
    }

    public static Planner Planner(PipelineWorkspace workspace) =>
        new(new RecipeStageCompiler(NovaCatalog.Default), new CachedSourceHasher(HashCache(workspace)));

    public static IStageDataPreparer Preparer(IOContext io, PipelineWorkspace workspace)
    {
        var compiler = new RecipeStageCompiler(NovaCatalog.Default);
        long? BatchSize(StageDefinition stage) =>
            compiler.Compile(workspace.Loaded, stage, []).Parameters.TryGetValue("global_batch_size", out var value) && value.TryGetInt64(out var size) ? size : null;
        return new LocalDataPreparer(workspace.Store, HashCache(workspace), BatchSize, io.DisplayPath);
    }

    private static ContentHashCache HashCache(PipelineWorkspace workspace) => ContentHashCache.Open(Path.Combine(workspace.LocalRoot, "cache"));
}
