using NovaForge.Runner.Evaluation.Scoring;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>The report's title and how examples are scored (label extraction, confidence threshold, BYOM aggregation, segment fields).</summary>
public sealed record ReportOptions
{
    public string Title { get; init; } = "Evaluation report";

    public ScoringOptions Scoring { get; init; } = new();
}
