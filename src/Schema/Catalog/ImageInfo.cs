namespace NovaForge.Schema.Catalog;

/// <summary>A container image family: its repository and tag per platform, and the regions that have it.</summary>
public sealed record ImageInfo
{
    /// <summary>Platform (<c>training-job</c>, <c>hyperpod</c>, <c>hosting</c>) to <c>repository:tag</c>.</summary>
    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public required IReadOnlyList<string> Regions { get; init; }

    /// <summary>Extra HyperPod containers the job starts (RFT generation, storm, NATS, Redis), by role, as <c>repository:tag</c>.</summary>
    public IReadOnlyDictionary<string, string> Sidecars { get; set; } = new Dictionary<string, string>();
}
