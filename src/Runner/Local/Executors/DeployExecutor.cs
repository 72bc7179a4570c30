using NovaForge.Runner.Local.Endpoints;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>
/// Runs deploy jobs on local: the checkpoint becomes a local endpoint, a descriptor under the store's endpoints folder
/// that <c>novaforge invoke</c> and <c>novaforge serve</c> answer from. Whatever the target (SageMaker, Bedrock), it is
/// a local endpoint here.
/// </summary>
public sealed class DeployExecutor : ILocalJobExecutor
{
    public bool CanRun(JobRequest request) => request.Kind == "deploy";

    public Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation)
    {
        var request = context.Request;
        var deploy = request.Deploy ?? new DeployJobSpec { EndpointName = $"{request.Pipeline}-{request.StageId}", Target = "sagemaker", InstanceType = string.Empty, InstanceCount = 1 };
        LocalJobs.Announce(context, "Deploying");
        context.Log.Info($"Target '{deploy.Target}' becomes a local endpoint on this machine.");
        var model = LocalJobs.Load(request.InputModel);
        if (!model.IsTrained)
        {
            throw LocalJobFailure.From(DiagnosticFactory.ModelCannotAnswer(request.InputModel));
        }

        cancellation.ThrowIfCancellationRequested();
        var endpoint = new LocalEndpoint
        {
            EndpointName = deploy.EndpointName,
            Pipeline = request.Pipeline,
            Stage = request.StageId,
            Checkpoint = Path.GetFullPath(request.InputModel),
            ModelId = LocalEndpoint.ModelIdFor(model.History.LastOrDefault()?.Stage ?? request.StageId),
            InPlaceOf = request.Model,
            Created = DateTimeOffset.UtcNow,
        };
        var path = LocalEndpoints.Write(context.Store, endpoint);
        context.Log.Info($"Endpoint '{endpoint.EndpointName}' is ready ({path}). Try: novaforge invoke <pipeline> \"your text\", or novaforge serve <pipeline>.");
        return Task.FromResult(new JobOutputs { Endpoint = endpoint.EndpointName, Checkpoint = endpoint.Checkpoint });
    }
}
