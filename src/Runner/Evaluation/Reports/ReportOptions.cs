using NovaForge.Runner.Evaluation.Scoring;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>
/// The report's title and how examples are scored (label extraction, confidence threshold, segment fields). Each stage
/// is scored as its run scored it (<see cref="StageScoring"/>): its own BYOM aggregation, and labels inferred from its
/// golds unless these options name them.
/// </summary>
public sealed record ReportOptions
{
    public string Title { get; init; } = "Evaluation report";

    public ScoringOptions Scoring { get; init; } = new();
}
