namespace NovaForge.Runner.Runtimes;

/// <summary>A prepared JSONL file a job reads, in the row format of its method and model.</summary>
public sealed record PreparedData
{
    public const string TrainChannel = "train";

    public const string ValidationChannel = "validation";

    public const string EvalChannel = "eval";

    /// <summary>What the job uses it for, the input channel it goes in by: <c>train</c>, <c>validation</c> or <c>eval</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The dataset reference it was prepared from (<c>questions.sft</c>).</summary>
    public required string Dataset { get; init; }

    /// <summary>Where it is: a local path or an S3 URI.</summary>
    public required string Location { get; init; }

    public required long Rows { get; init; }

    public required string Sha256 { get; init; }
}
