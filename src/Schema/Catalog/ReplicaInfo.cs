namespace NovaForge.Schema.Catalog;

/// <summary>The instance counts a recipe allows and its default.</summary>
public sealed record ReplicaInfo
{
    public required IReadOnlyList<int> Allowed { get; init; }

    public required int Default { get; init; }
}
