using System.Text.Json;

namespace NovaForge.Runner.Runtimes;

/// <summary>What an evaluation job measures.</summary>
public sealed record EvalJobSpec
{
    public required string Task { get; init; }

    public required string Strategy { get; init; }

    public required string Metric { get; init; }

    public string? Subtask { get; init; }

    /// <summary>Inference settings by recipe name (max_new_tokens, temperature, top_logprobs, ...).</summary>
    public IReadOnlyDictionary<string, JsonElement> Inference { get; init; } = new Dictionary<string, JsonElement>();

    public FunctionSpec? Processor { get; init; }

    public bool Preprocessing { get; init; }

    public bool Postprocessing { get; init; } = true;

    public string Aggregation { get; init; } = "average";

    public FunctionSpec? Reward { get; init; }

    /// <summary>For judge tasks: the evaluation output of the baseline (A) and challenger (B) stages.</summary>
    public string? BaselineOutput { get; init; }

    public string? ChallengerOutput { get; init; }
}
