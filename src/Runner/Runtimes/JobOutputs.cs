namespace NovaForge.Runner.Runtimes;

/// <summary>What a finished job produced: a checkpoint, evaluation output, metrics, an endpoint.</summary>
public sealed record JobOutputs
{
    /// <summary>The trained model (an S3 escrow URI, or a local checkpoint folder).</summary>
    public string? Checkpoint { get; init; }

    /// <summary>The folder (or S3 prefix) holding evaluation output in the Nova evaluation container's layout.</summary>
    public string? EvalOutput { get; init; }

    /// <summary>Headline metrics: final training loss and reward, or the evaluation's aggregate scores.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>The endpoint a deploy stage created (its name or URI).</summary>
    public string? Endpoint { get; init; }
}
