using NovaForge.Runner.Runtimes;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;

namespace NovaForge.Runner.Engine;

/// <summary>
/// The run values a job's recipe is rendered with at submission: the placeholders of the fingerprint rendering
/// (<see cref="RunValuePlaceholders"/>) with what the run now knows filled in: the model the job starts from, the
/// prepared data's locations, the output location and, on the local runtime, the reward and processor functions as
/// the local runtime calls them. Names stay those of the fingerprint rendering.
/// </summary>
internal static class SubmittedRunValues
{
    public static RecipeRunValues For(PipelineDefinition pipeline, StageDefinition stage, RecipeSelection selection, JobRequest request)
    {
        var placeholders = RunValuePlaceholders.For(pipeline, stage, selection);
        var local = pipeline.Runtime?.Kind != RuntimeKind.Sagemaker;
        return placeholders with
        {
            ModelNameOrPath = request.InputModel == StageDefinition.BaseModel ? selection.Model.ModelNameOrPath : request.InputModel,
            DataS3Path = Location(request, PreparedData.EvalChannel, PreparedData.TrainChannel),
            ValidationDataS3Path = Location(request, PreparedData.ValidationChannel),
            OutputS3Path = request.OutputPath ?? string.Empty,
            RewardLambdaArn = (local ? LocalReference(request.Reward ?? request.Eval?.Reward) : null) ?? placeholders.RewardLambdaArn,
            ProcessorLambdaArn = (local ? LocalReference(request.Eval?.Processor) : null) ?? placeholders.ProcessorLambdaArn,
        };
    }

    private static string Location(JobRequest request, params string[] channels) =>
        request.Data.FirstOrDefault(d => channels.Contains(d.Channel))?.Location ?? string.Empty;

    /// <summary>
    /// A function the local runtime runs itself, named so nobody takes it for an ARN
    /// (<c>python:/path/to/reward.py:lambda_handler</c>, <c>builtin:exact_label</c>); null for a Lambda ARN, which the
    /// placeholders already carry.
    /// </summary>
    private static string? LocalReference(FunctionSpec? function) => function switch
    {
        { PythonFile: { } file } => $"python:{file}:{function.Handler}",
        { Builtin: { } builtin } => $"builtin:{builtin}",
        _ => null,
    };
}
