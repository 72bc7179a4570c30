using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>
/// The report model renderers turn into text: the comparison table (metric × stage with the delta to the first
/// stage, like the case study's final table), every stage's details, and the diagnostics met while reading.
/// </summary>
public sealed record ComparisonReport(
    string Title,
    IReadOnlyList<StageReport> Stages,
    IReadOnlyList<ComparisonRow> Comparison,
    IReadOnlyList<Diagnostic> Diagnostics);
