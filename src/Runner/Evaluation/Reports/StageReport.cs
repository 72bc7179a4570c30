using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Scoring;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>
/// One stage in the report: its metrics (reported by the results file where it has them, computed from the rows
/// otherwise), the analysis of its rows when there are rows, its judge summary for judge stages, and notes.
/// </summary>
public sealed record StageReport(
    string Id,
    string Task,
    string Folder,
    string? ResultsFile,
    IReadOnlyList<ReportedMetric> Metrics,
    ExampleAnalysis? Analysis,
    JudgeResult? Judge,
    IReadOnlyList<string> Notes)
{
    public ReportedMetric? Metric(string name) => Metrics.FirstOrDefault(m => m.Name == name);
}
