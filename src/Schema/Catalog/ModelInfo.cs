namespace NovaForge.Schema.Catalog;

/// <summary>A Nova model as the recipes name it.</summary>
public sealed record ModelInfo
{
    public required string DisplayName { get; init; }

    /// <summary>1 for Nova 1.0 (micro, lite, pro), 2 for Nova 2.0 (lite 2): the recipes differ in structure between them.</summary>
    public required int Generation { get; init; }

    public required string ModelType { get; init; }

    public required string ModelNameOrPath { get; init; }

    public required string HubContentName { get; init; }
}
