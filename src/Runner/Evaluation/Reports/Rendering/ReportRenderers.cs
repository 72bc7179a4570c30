using NovaForge.Runner.Evaluation.Reports.Charts;

namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>The renderer for each format.</summary>
public static class ReportRenderers
{
    public static IReportRenderer For(ReportFormat format) => format switch
    {
        ReportFormat.Html => new HtmlReportRenderer(new SvgChartRenderer()),
        ReportFormat.Json => new JsonReportRenderer(),
        _ => new MarkdownReportRenderer(),
    };
}
