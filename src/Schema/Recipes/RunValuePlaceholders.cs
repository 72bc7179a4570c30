using NovaForge.Schema.Model;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Run values before a run, for <c>novaforge recipe</c> and dry runs: what is known (names, the base model, a Lambda
/// ARN given in the pipeline) is filled in; what only a run knows is a placeholder that says what goes there, under
/// the pipeline's storage, e.g. <c>&lt;checkpoint of stage 'sft'&gt;</c>.
/// </summary>
public static class RunValuePlaceholders
{
    public static RecipeRunValues For(PipelineDefinition pipeline, StageDefinition stage, RecipeSelection selection)
    {
        var storage = pipeline.Runtime?.Storage is { } configured && configured.StartsWith("s3://", StringComparison.Ordinal)
            ? configured.TrimEnd('/')
            : "s3://<storage>";
        // SageMaker job names allow letters, digits and '-' only; stage ids may contain '_'.
        var name = $"{pipeline.Name}-{selection.StageId}".Replace('_', '-');
        var from = stage.From ?? StageDefinition.BaseModel;
        return new RecipeRunValues
        {
            Name = name,
            ModelNameOrPath = from == StageDefinition.BaseModel ? selection.Model.ModelNameOrPath : $"<checkpoint of stage '{from}'>",
            DataS3Path = stage.Dataset is { } dataset ? $"{storage}/<dataset '{dataset}'>" : string.Empty,
            ValidationDataS3Path = stage.ValidationDataset is { } validation ? $"{storage}/<dataset '{validation}'>" : string.Empty,
            OutputS3Path = $"{storage}/<outputs of stage '{selection.StageId}'>",
            RewardLambdaArn = Arn(stage.Rft?.Reward ?? stage.Eval?.Reward),
            ProcessorLambdaArn = Arn(stage.Eval?.Processor?.Function),
            MlflowExperimentName = pipeline.Name ?? string.Empty,
            MlflowRunName = name,
        };
    }

    private static string Arn(FunctionReference? function) => function switch
    {
        null => string.Empty,
        { Lambda: { } arn } => arn,
        { Python: { } file } => $"<lambda deployed from {file}>",
        { Builtin: { } builtin } => $"<lambda of builtin '{builtin}'>",
        _ => string.Empty,
    };
}
