using System.Text.Json;
using System.Text.Json.Serialization;

namespace NovaForge.Runner.State;

/// <summary>Everything the state file knows about one stage.</summary>
public sealed record StageState
{
    public required StageStatus Status { get; init; }

    /// <summary>The fingerprint of the inputs the latest attempt ran with.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The fingerprint's parts (config, recipe, data, upstream, functions, catalog), to explain what changed.</summary>
    public required IReadOnlyDictionary<string, string> Inputs { get; init; }

    /// <summary>The stage's resolved definition, so a change can be shown key by key.</summary>
    public JsonElement? Config { get; init; }

    public IReadOnlyList<AttemptRecord> Attempts { get; init; } = [];

    public StageOutputs? Outputs { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    [JsonIgnore]
    public AttemptRecord? LatestAttempt => Attempts.Count == 0 ? null : Attempts[^1];
}
