namespace NovaForge.Schema.Catalog;

/// <summary>A region where the Nova containers are published, and the account that publishes them.</summary>
public sealed record RegionInfo
{
    public required string Account { get; init; }
}
