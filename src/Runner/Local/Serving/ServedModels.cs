using NovaForge.Runner.Engine;
using NovaForge.Runner.Local.Endpoints;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Local.Serving;

/// <summary>
/// Finds the model <c>invoke</c> and <c>serve</c> answer with: the pipeline's deploy stage's local endpoint (the last
/// deploy stage), or the stage named by --stage: a deploy stage's endpoint, or a training stage's latest checkpoint.
/// </summary>
public static class ServedModels
{
    public static (ServedModel? Served, Diagnostic? Problem) Resolve(PipelineWorkspace workspace, string? stageId, string pipelinePath)
    {
        var pipeline = workspace.Pipeline;
        var stages = pipeline.Stages!;
        var stage = stageId is null ? stages.LastOrDefault(s => s.Kind == StageKind.Deploy) : stages.FirstOrDefault(s => s.Id == stageId);
        if (stage is null)
        {
            return (null, stageId is null
                ? DiagnosticFactory.NoDeployStage(pipeline.Name!)
                : DiagnosticFactory.UnknownStageOption("--stage", stageId, stages.Select(s => s.Id).OfType<string>()));
        }

        string checkpoint, endpointName;
        if (stage.Kind == StageKind.Deploy)
        {
            endpointName = JobRequestBuilder.EndpointName(pipeline, stage);
            var endpoint = LocalEndpoints.Read(workspace.Store, endpointName);
            if (endpoint is null)
            {
                return (null, DiagnosticFactory.EndpointNotFound(endpointName, pipelinePath));
            }

            checkpoint = endpoint.Checkpoint;
        }
        else
        {
            var (state, problem) = workspace.StateFile.Load(pipeline.Name!);
            var path = StatePaths.FromState(state?.Stages.GetValueOrDefault(stage.Id!)?.Outputs?.Checkpoint, workspace.Loaded.Directory);
            if (state is null || path is null)
            {
                return (null, problem ?? DiagnosticFactory.StageNotRunYet(stage.Id!, pipelinePath));
            }

            (checkpoint, endpointName) = (path, $"{pipeline.Name}-{stage.Id}");
        }

        var (model, unreadable) = Checkpoint.TryLoad(checkpoint);
        if (model is null)
        {
            return (null, unreadable);
        }

        return model.IsTrained
            ? (new ServedModel(LocalEndpoint.ModelIdFor(model.History.LastOrDefault()?.Stage ?? stage.Id!), endpointName, model), null)
            : (null, DiagnosticFactory.ModelCannotAnswer(checkpoint));
    }
}
