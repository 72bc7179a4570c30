using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>
/// A loaded, valid pipeline and the places that belong to it: its state file (beside it), its lock, and its local
/// folder (<c>.novaforge</c> beside it, or runtime.storage on the local runtime) for prepared data, caches and local jobs.
/// </summary>
public sealed class PipelineWorkspace
{
    private PipelineWorkspace(LoadResult loaded)
    {
        Loaded = loaded;
        StateFile = StateFile.For(loaded.File);
        var storage = loaded.Pipeline!.Runtime?.Storage;
        LocalRoot = IsLocal && storage is not null && !storage.StartsWith("s3://", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFullPath(storage, loaded.Directory)
            : Path.Combine(loaded.Directory, ".novaforge");
    }

    public LoadResult Loaded { get; }

    public PipelineDefinition Pipeline => Loaded.Pipeline!;

    public StateFile StateFile { get; }

    public string LockPath => StateFile.Path + ".lock";

    public string LocalRoot { get; }

    public LocalStore Store => new(LocalRoot);

    public bool IsLocal => Pipeline.Runtime?.Kind != RuntimeKind.Sagemaker;

    /// <summary>Loads and validates the pipeline; null with the diagnostics when it has errors.</summary>
    public static (PipelineWorkspace? Workspace, LoadResult Loaded) Open(string path, string display, LoadOptions options)
    {
        var loaded = PipelineLoader.Load(path, options, display);
        return (loaded.HasErrors || loaded.Pipeline is null ? null : new PipelineWorkspace(loaded), loaded);
    }

    /// <summary>The runtime the pipeline names, or a diagnostic when this build cannot drive it.</summary>
    public (IStageRuntime? Runtime, Diagnostic? Problem) CreateRuntime(TimeProvider clock) => IsLocal
        ? (new LocalRuntime(Store, new ProcessWorkerLauncher(), clock), null)
        : (null, DiagnosticFactory.RuntimeUnavailable("sagemaker"));
}
