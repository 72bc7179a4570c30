using System.Text.Json.Nodes;
using NovaForge.Runner.State;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Planning;

/// <summary>One stage in a plan: its fingerprint and inputs, what a run would do, and why.</summary>
public sealed record StagePlan
{
    public required StageDefinition Stage { get; init; }

    public string Id => Stage.Id!;

    /// <summary>Null when an upstream stage will run first (its output, part of this fingerprint, is not known yet).</summary>
    public string? Fingerprint { get; init; }

    public required IReadOnlyDictionary<string, string> Inputs { get; init; }

    public required JsonNode Config { get; init; }

    public required StageDecision Decision { get; init; }

    /// <summary>For a stage left out by --only/--from/--to that is not up to date: what a run selecting it would do.</summary>
    public StageDecision? Unselected { get; init; }

    /// <summary>Why the stage will run or rerun ("overrides.lr: 5e-06 -> 1e-05", "upstream 'sft' will run", ...), or what blocks it.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public CompiledStage? Compiled { get; init; }

    /// <summary>
    /// Jobs of the stage's earlier configurations that the state file says may still be running (detached, or left by a
    /// runner that died): a run settles them before it gives the stage a new job.
    /// </summary>
    public IReadOnlyList<AttemptRecord> EarlierJobs { get; init; } = [];
}
