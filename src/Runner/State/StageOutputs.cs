namespace NovaForge.Runner.State;

/// <summary>What a completed stage produced, as recorded in the state file.</summary>
public sealed record StageOutputs
{
    /// <summary>The prepared data the job read, by channel.</summary>
    public IReadOnlyList<PreparedDataRecord> Data { get; init; } = [];

    public string? Checkpoint { get; init; }

    public string? EvalOutput { get; init; }

    public string? Endpoint { get; init; }

    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();
}
