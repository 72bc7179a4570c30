using System.Net;
using System.Text;
using NovaForge.Runner.Evaluation.Reports.Charts;
using NovaForge.Runner.Evaluation.Reports.Document;

namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>
/// One self-contained HTML file: inline CSS and inline SVG charts, no script, no external reference (the icon link
/// is an empty data URL so that browsers do not ask for /favicon.ico), so it opens the same in any browser, offline.
/// </summary>
public sealed class HtmlReportRenderer(IChartRenderer charts) : IReportRenderer
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222;line-height:1.4}
        h1{border-bottom:2px solid #4C78A8;padding-bottom:.3rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top}
        th{background:#f0f4f8;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        figure{margin:1rem 0;overflow-x:auto}svg{max-width:100%;height:auto}
        """;

    public string Render(ComparisonReport report)
    {
        var html = new StringBuilder()
            .AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"en\">")
            .AppendLine("<head>")
            .AppendLine("<meta charset=\"utf-8\">")
            .AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .AppendLine("<link rel=\"icon\" href=\"data:,\">")
            .Append("<title>").Append(Encode(report.Title)).AppendLine("</title>")
            .Append("<style>").Append(Style.ReplaceLineEndings(string.Empty)).AppendLine("</style>")
            .AppendLine("</head>")
            .AppendLine("<body>");
        foreach (var block in ReportDocumentBuilder.Build(report))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    html.Append("<h").Append(heading.Level).Append('>').Append(Encode(heading.Text)).Append("</h").Append(heading.Level).AppendLine(">");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(Encode(paragraph.Text)).AppendLine("</p>");
                    break;
                case ListBlock list:
                    html.Append("<ul>").AppendJoin(string.Empty, list.Items.Select(i => $"<li>{Encode(i)}</li>")).AppendLine("</ul>");
                    break;
                case TableBlock table:
                    Table(html, table);
                    break;
                case ChartBlock chart:
                    html.Append("<figure>").Append(charts.Render(chart.Chart)).AppendLine("</figure>");
                    break;
            }
        }

        return html.AppendLine("</body>").AppendLine("</html>").ToString();
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table><thead><tr>").AppendJoin(string.Empty, table.Headers.Select(h => $"<th>{Encode(h)}</th>")).Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>").AppendJoin(string.Empty, row.Select((cell, i) => i >= table.FirstNumericColumn ? $"<td class=\"n\">{Encode(cell)}</td>" : $"<td>{Encode(cell)}</td>")).Append("</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
