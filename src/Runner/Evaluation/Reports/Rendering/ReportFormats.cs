namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>The report formats' names on the command line: md, html, json (and markdown, the long name of md).</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["md", "html", "json"];

    public static bool TryParse(string name, out ReportFormat format)
    {
        (var known, format) = name.ToLowerInvariant() switch
        {
            "md" or "markdown" => (true, ReportFormat.Markdown),
            "html" => (true, ReportFormat.Html),
            "json" => (true, ReportFormat.Json),
            _ => (false, ReportFormat.Markdown),
        };
        return known;
    }
}
