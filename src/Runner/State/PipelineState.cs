namespace NovaForge.Runner.State;

/// <summary>
/// The state file of one pipeline, committed beside it like dvc.lock: what ran, from which inputs, with which result.
/// <see cref="Lineage"/> is fixed when the file is created and <see cref="Serial"/> grows with every write, as in Terraform.
/// </summary>
public sealed record PipelineState
{
    public const string CurrentSchema = "novaforge/state/v1";

    public string Schema { get; init; } = CurrentSchema;

    public required string Lineage { get; init; }

    public required long Serial { get; init; }

    public required string Pipeline { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyDictionary<string, StageState> Stages { get; init; } = new Dictionary<string, StageState>();

    public static PipelineState New(string pipeline) => new() { Lineage = Guid.NewGuid().ToString(), Serial = 0, Pipeline = pipeline };

    public PipelineState WithStage(string id, StageState stage)
    {
        var stages = new SortedDictionary<string, StageState>(Stages.ToDictionary(), StringComparer.Ordinal) { [id] = stage };
        return this with { Stages = stages };
    }
}
