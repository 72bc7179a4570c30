namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// Counts of (gold label, predicted label). Rows are gold labels, columns predicted labels plus
/// <see cref="NoPrediction"/> for answers with no valid label.
/// </summary>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<long>> Counts)
{
    public const string NoPrediction = "(no valid prediction)";

    /// <summary>The column headers: every label, then <see cref="NoPrediction"/>.</summary>
    public IReadOnlyList<string> Columns => [.. Labels, NoPrediction];
}
