using NovaForge.Runner.Engine;
using NovaForge.Runner.Local.Serving;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Cli;

/// <summary>What invoke and serve share: open the pipeline and find the local model it serves, printing why when there is none.</summary>
public static class LocalEndpointSetup
{
    /// <summary>The served model and its pipeline, or null (the problem printed) with the exit code to return.</summary>
    public static (ServedModel? Served, PipelineWorkspace? Workspace, int ExitCode) Open(IOContext io, string pipelinePath, string? stageId, IReadOnlyList<string> sets)
    {
        var workspace = EngineSetup.Open(io, pipelinePath, sets, checkData: false);
        if (workspace is null)
        {
            return (null, null, ExitCodes.Failure);
        }

        var (served, problem) = workspace.IsLocal
            ? ServedModels.Resolve(workspace, stageId, pipelinePath)
            : (null, DiagnosticFactory.RuntimeUnavailable("sagemaker"));
        return served is null
            ? (null, workspace, EngineSetup.Fail(io, workspace, problem!))
            : (served, workspace, ExitCodes.Success);
    }
}
