namespace NovaForge.Runner.Local.Model;

/// <summary>A prompt's features: sorted hashed indices (in <see cref="FeatureHasher.Space"/>) with their weights, L2-normalized.</summary>
public sealed record SparseFeatures(IReadOnlyList<int> Indices, IReadOnlyList<float> Values)
{
    public int Count => Indices.Count;
}
