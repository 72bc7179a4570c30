namespace NovaForge.Schema.Recipes;

/// <summary>
/// The values of a recipe's run block that are names, paths or ARNs rather than parameters: the caller (the engine,
/// or <see cref="RunValuePlaceholders"/> before a run) knows them; the catalog does not.
/// </summary>
public sealed record RecipeRunValues
{
    /// <summary>The job's name (run.name).</summary>
    public required string Name { get; init; }

    /// <summary>The base model path (<c>nova-lite-2/prod</c>) or an upstream checkpoint's S3 URI.</summary>
    public required string ModelNameOrPath { get; init; }

    public string DataS3Path { get; init; } = string.Empty;

    public string ValidationDataS3Path { get; init; } = string.Empty;

    /// <summary>Named validation datasets (label to S3 path), Nova 2 SFT only.</summary>
    public IReadOnlyDictionary<string, string> ValidationDataS3PathList { get; init; } = new Dictionary<string, string>();

    public string OutputS3Path { get; init; } = string.Empty;

    /// <summary>The RFT reward function (run.reward_lambda_arn, rl_env.reward_lambda_arn for rft_eval).</summary>
    public string RewardLambdaArn { get; init; } = string.Empty;

    /// <summary>The bring-your-own-metrics processor (processor.lambda_arn).</summary>
    public string ProcessorLambdaArn { get; init; } = string.Empty;

    public string MlflowTrackingUri { get; init; } = string.Empty;

    public string MlflowExperimentName { get; init; } = string.Empty;

    public string MlflowRunName { get; init; } = string.Empty;
}
