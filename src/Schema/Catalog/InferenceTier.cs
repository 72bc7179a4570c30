namespace NovaForge.Schema.Catalog;

/// <summary>A supported (context length, concurrency) pair of a SageMaker endpoint for a model on an instance type.</summary>
public sealed record InferenceTier
{
    public required string Model { get; init; }

    public required IReadOnlyList<string> InstanceTypes { get; init; }

    public required int MaxContextLength { get; init; }

    public required int MaxConcurrency { get; init; }
}
