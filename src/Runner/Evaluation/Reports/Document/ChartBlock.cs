using NovaForge.Runner.Evaluation.Reports.Charts;

namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>A chart: an SVG drawing in HTML, a text rendering in Markdown.</summary>
public sealed record ChartBlock(Chart Chart) : ReportBlock;
