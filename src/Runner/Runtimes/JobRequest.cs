using System.Text.Json;

namespace NovaForge.Runner.Runtimes;

/// <summary>Everything a runtime needs to run one stage's job. Serializable: the local runtime hands it to a worker process.</summary>
public sealed record JobRequest
{
    /// <summary>Deterministic: pipeline, stage, fingerprint and attempt; the runtime's key for re-attaching.</summary>
    public required string JobName { get; init; }

    public required string Pipeline { get; init; }

    public required string StageId { get; init; }

    /// <summary>The stage kind as pipelines spell it (eval, sft, dpo, rft, cpt, deploy).</summary>
    public required string Kind { get; init; }

    /// <summary><c>lora</c> or <c>full</c> for training; null otherwise.</summary>
    public string? Method { get; init; }

    /// <summary>The pipeline's Nova model id (nova-lite-2, ...).</summary>
    public required string Model { get; init; }

    /// <summary>The model the job starts from: <c>base</c>, or an upstream stage's checkpoint.</summary>
    public required string InputModel { get; init; }

    /// <summary>
    /// The recipe the job's container reads (empty for deploy jobs), rendered at submission with the run's values: the
    /// upstream checkpoint, the data and output locations, the reward and processor functions.
    /// </summary>
    public string Recipe { get; init; } = string.Empty;

    /// <summary>The recipe's parameter values by name, defaults and overrides resolved.</summary>
    public IReadOnlyDictionary<string, JsonElement> Parameters { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The job's input channels. A training job reads its data only from these (its recipe leaves run.data_s3_path empty).</summary>
    public IReadOnlyList<PreparedData> Data { get; init; } = [];

    /// <summary>
    /// Where a SageMaker job writes its artifacts: a training job's output path (its recipe leaves run.output_s3_path
    /// empty), HyperPod's run.output_s3_path. Null on the local runtime, whose jobs write into their own folder.
    /// </summary>
    public string? OutputPath { get; init; }

    public EvalJobSpec? Eval { get; init; }

    public FunctionSpec? Reward { get; init; }

    public DeployJobSpec? Deploy { get; init; }

    public string? InstanceType { get; init; }

    public int InstanceCount { get; init; } = 1;

    public int Seed { get; init; } = 42;
}
