using Microsoft.Build.Framework;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;

namespace NovaForge.MSBuild;

/// <summary>What the NovaForge tasks share: the pipeline items, loading them as the CLI does, and a guard per file.</summary>
public abstract class PipelineTask : Microsoft.Build.Utilities.Task
{
    private DiagnosticLog? diagnostics;

    /// <summary>The <c>NovaForgePipeline</c> items; paths relative to the project, as the project gives them.</summary>
    public ITaskItem[] Pipelines { get; set; } = [];

    protected DiagnosticLog Diagnostics => diagnostics ??= new DiagnosticLog(Log);

    /// <summary>
    /// Loads a pipeline with the build's environment for <c>${{ env.X }}</c>. Diagnostics name the file as the item
    /// gives it, so IDEs resolve it against the project, exactly like 'novaforge validate FILE' names it.
    /// </summary>
    protected static LoadResult Load(ITaskItem pipeline, LoadOptions options) =>
        PipelineLoader.Load(pipeline.GetMetadata("FullPath"), options, displayPath: pipeline.ItemSpec);

    /// <summary>
    /// Runs <paramref name="work"/> for one pipeline. Pipelines are user input and the checks report every problem as a
    /// diagnostic; anything thrown anyway becomes one error on the file, never a task stack trace in the build log.
    /// </summary>
    protected void Guarded(ITaskItem pipeline, string action, Action work)
    {
        try
        {
            work();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Diagnostics.Write(DiagnosticFactory.BuildTaskFailed(pipeline.ItemSpec, action, $"{exception.GetType().Name}: {exception.Message}"), pipeline.ItemSpec);
        }
    }
}
