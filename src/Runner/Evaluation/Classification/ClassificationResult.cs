namespace NovaForge.Runner.Evaluation.Classification;

/// <summary>
/// Classification of verbose answers: accuracy over all examples (no valid prediction counts as wrong), accuracy over
/// the examples with a valid prediction, and how many had none — the case study's 52.2% vs 13% distinction is
/// accuracy vs exact match; per-class metrics, the confusion matrix and, for JSON answers, schema adherence.
/// </summary>
public sealed record ClassificationResult(
    long Total,
    long Valid,
    long Correct,
    IReadOnlyList<ClassMetrics> Classes,
    ConfusionMatrix Confusion,
    long? SchemaAdherent)
{
    public double Accuracy => Total == 0 ? 0 : Correct / (double)Total;

    public double ValidAccuracy => Valid == 0 ? 0 : Correct / (double)Valid;

    public long NoValidPrediction => Total - Valid;

    public double NoValidPredictionRate => Total == 0 ? 0 : NoValidPrediction / (double)Total;

    public double MacroF1 => Classes.Count == 0 ? 0 : Classes.Average(c => c.F1);

    public double? SchemaAdherence => SchemaAdherent is { } adherent && Total > 0 ? adherent / (double)Total : null;

    /// <summary>The standard error of <see cref="Accuracy"/> (a mean of 0/1 outcomes), as for the other mean metrics.</summary>
    public double? AccuracyStandardError => Total < 2 ? null : Math.Sqrt(Accuracy * (1 - Accuracy) * Total / (Total - 1)) / Math.Sqrt(Total);
}
