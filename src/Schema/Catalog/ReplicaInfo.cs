namespace NovaForge.Schema.Catalog;

/// <summary>The instance counts a recipe allows and its default.</summary>
public sealed record ReplicaInfo
{
    public required IReadOnlyList<int> Allowed { get; init; }

    public required int Default { get; init; }

    /// <summary>The counts allowed on HyperPod when narrower (evaluation recipes run on one node there).</summary>
    public IReadOnlyList<int>? HyperpodAllowed { get; init; }

    /// <summary>The counts allowed on a platform (<c>training-job</c> or <c>hyperpod</c>).</summary>
    public IReadOnlyList<int> AllowedOn(string platform) =>
        platform == NovaCatalog.Hyperpod && HyperpodAllowed is not null ? HyperpodAllowed : Allowed;
}
