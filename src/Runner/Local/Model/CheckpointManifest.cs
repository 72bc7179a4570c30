namespace NovaForge.Runner.Local.Model;

/// <summary>
/// manifest.json of a local checkpoint folder: names the model honestly, lists its response vocabulary and lineage,
/// and points at the weights file (with its hash, so a damaged file is caught on load).
/// </summary>
public sealed record CheckpointManifest
{
    public const string CurrentFormat = "novaforge-local-model/1";

    public string Format { get; init; } = CurrentFormat;

    public string ModelName { get; init; } = LocalModel.DisplayName;

    public string Description { get; init; } = "A softmax policy over the known responses below, scored by a linear model over hashed word and word-pair features of the system prompt and query. Trained on this machine by the NovaForge local runtime in place of the pipeline's Nova model; it is not Nova.";

    /// <summary>The pipeline's Nova model id this checkpoint stood in for (nova-lite-2, ...).</summary>
    public string? InPlaceOf { get; init; }

    public int FeatureDimension { get; init; }

    public IReadOnlyList<string> Responses { get; init; } = [];

    public bool HasFeatureStatistics { get; init; }

    public IReadOnlyList<TrainingRecord> History { get; init; } = [];

    public string WeightsFile { get; init; } = Checkpoint.WeightsFileName;

    public string WeightsSha256 { get; init; } = string.Empty;
}
