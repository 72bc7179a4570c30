namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>The report's output formats.</summary>
public enum ReportFormat
{
    Markdown,
    Html,
    Json,
}
