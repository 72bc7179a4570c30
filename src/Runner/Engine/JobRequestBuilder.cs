using System.Text.Json;
using NovaForge.Runner.Evaluation.Scoring;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Checks;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Builds a stage's job request from its plan, its prepared data and the outputs of the stages it depends on, with the
/// recipe rendered again for this job: the plan's rendering has placeholders where only the run knows the values.
/// </summary>
public static class JobRequestBuilder
{
    /// <summary>The request, or null with the diagnostics when its recipe cannot be rendered.</summary>
    public static (JobRequest? Request, IReadOnlyList<Diagnostic> Diagnostics) Build(LoadResult loaded, StagePlan plan, string jobName, IReadOnlyList<PreparedData> data, PipelineState state, IStageCompiler compiler)
    {
        var request = Unrendered(loaded, plan, jobName, data, state);
        if (plan.Compiled?.Prepared is not { } prepared)
        {
            return (request, []);
        }

        var rendered = compiler.Render(prepared, SubmittedRunValues.For(loaded.Pipeline!, plan.Stage, prepared.Selection, request));
        return rendered.Succeeded ? (request with { Recipe = rendered.Text! }, rendered.Diagnostics) : (null, rendered.Diagnostics);
    }

    public static string KindName(StageKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A deploy stage's endpoint: deploy.endpoint_name, else &lt;pipeline&gt;-&lt;stage&gt;.</summary>
    public static string EndpointName(PipelineDefinition pipeline, StageDefinition stage) =>
        stage.Deploy?.EndpointName ?? $"{pipeline.Name}-{stage.Id}".Replace('_', '-');

    /// <summary>Where a SageMaker job writes: runtime.storage/jobs/JOB/output, the local store's layout; null on the local runtime.</summary>
    public static string? OutputPath(PipelineDefinition pipeline, string jobName) =>
        pipeline.Runtime is { Kind: RuntimeKind.Sagemaker, Storage: { } storage } ? $"{storage.TrimEnd('/')}/jobs/{jobName}/output" : null;

    private static JobRequest Unrendered(LoadResult loaded, StagePlan plan, string jobName, IReadOnlyList<PreparedData> data, PipelineState state)
    {
        var pipeline = loaded.Pipeline!;
        var stage = plan.Stage;
        var compiled = plan.Compiled ?? new CompiledStage();
        return new JobRequest
        {
            JobName = jobName,
            Pipeline = pipeline.Name!,
            StageId = stage.Id!,
            Kind = KindName(stage.Kind!.Value),
            Method = stage.Kind is StageKind.Eval or StageKind.Deploy ? null : (stage.Method ?? TrainingMethod.Lora) == TrainingMethod.Lora ? "lora" : "full",
            Model = pipeline.Model!,
            InputModel = InputModel(stage, state, loaded.Directory),
            Parameters = compiled.Parameters,
            Data = data,
            OutputPath = OutputPath(pipeline, jobName),
            Eval = stage.Eval is null ? null : Eval(loaded, stage, compiled, state),
            Reward = Function(loaded, stage.Rft?.Reward),
            Deploy = stage.Kind == StageKind.Deploy ? Deploy(pipeline, stage) : null,
            InstanceType = compiled.InstanceType,
            InstanceCount = compiled.InstanceCount,
            Seed = compiled.Parameters.TryGetValue("seed", out var seed) && seed.TryGetInt32(out var value) ? value : 42,
        };
    }

    private static string InputModel(StageDefinition stage, PipelineState state, string directory) =>
        stage.From is null or StageDefinition.BaseModel
            ? StageDefinition.BaseModel
            : StatePaths.FromState(state.Stages.GetValueOrDefault(stage.From)?.Outputs?.Checkpoint, directory) ?? throw new InvalidOperationException($"stage '{stage.From}' has no checkpoint");

    private static EvalJobSpec Eval(LoadResult loaded, StageDefinition stage, CompiledStage compiled, PipelineState state)
    {
        var eval = stage.Eval!;
        var task = NovaCatalog.Default.EvalTasks.GetValueOrDefault(eval.Task!);
        var inference = compiled.Parameters
            .Where(p => IsInference(p.Key))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (key, value) in eval.Inference ?? [])
        {
            inference[key] = value;
        }

        return new EvalJobSpec
        {
            Task = eval.Task!,
            Strategy = eval.Strategy ?? task?.Strategy ?? "gen_qa",
            Metric = eval.Metric ?? task?.Metric ?? "all",
            Subtask = eval.Subtask,
            Inference = inference,
            Processor = Function(loaded, eval.Processor?.Function),
            Preprocessing = eval.Processor?.Preprocessing ?? false,
            Postprocessing = eval.Processor?.Postprocessing ?? true,
            Aggregation = StageScoring.ByomAggregationOf(eval).ToString().ToLowerInvariant(),
            Reward = Function(loaded, eval.Reward),
            BaselineOutput = eval.Judge?.Baseline is { } a ? StatePaths.FromState(state.Stages.GetValueOrDefault(a)?.Outputs?.EvalOutput, loaded.Directory) : null,
            ChallengerOutput = eval.Judge?.Challenger is { } b ? StatePaths.FromState(state.Stages.GetValueOrDefault(b)?.Outputs?.EvalOutput, loaded.Directory) : null,
        };
    }

    private static bool IsInference(string name) => name is "max_new_tokens" or "top_k" or "top_p" or "temperature" or "top_logprobs" or "reasoning_effort";

    public static FunctionSpec? Function(LoadResult loaded, FunctionReference? function) => function is null ? null : new FunctionSpec
    {
        PythonFile = function.Python is { } python ? Path.GetFullPath(python, loaded.Directory) : null,
        Handler = function.Handler ?? "lambda_handler",
        LambdaArn = function.Lambda,
        Builtin = function.Builtin,
        Labels = function.Labels ?? [],
        TimeoutSeconds = function.TimeoutSeconds ?? 60,
        BatchSize = function.BatchSize ?? 32,
        WorkingDirectory = loaded.Directory,
    };

    private static DeployJobSpec Deploy(PipelineDefinition pipeline, StageDefinition stage) => new()
    {
        EndpointName = EndpointName(pipeline, stage),
        Target = (stage.Deploy?.Target ?? DeployTarget.Sagemaker) switch
        {
            DeployTarget.BedrockOnDemand => "bedrock-on-demand",
            DeployTarget.BedrockProvisioned => "bedrock-provisioned",
            _ => "sagemaker",
        },
        InstanceType = stage.Instances?.Type ?? DeployCheck.DefaultInstanceType,
        InstanceCount = stage.Instances?.Count ?? 1,
        ModelUnits = stage.Deploy?.ModelUnits,
        Environment = stage.Deploy?.Environment ?? new Dictionary<string, JsonElement>(),
    };
}
