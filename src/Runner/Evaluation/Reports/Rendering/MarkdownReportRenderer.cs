using System.Globalization;
using System.Text;
using NovaForge.Runner.Evaluation.Reports.Charts;
using NovaForge.Runner.Evaluation.Reports.Document;

namespace NovaForge.Runner.Evaluation.Reports.Rendering;

/// <summary>GitHub-flavoured Markdown; charts become text (bars of █, the confusion matrix a table).</summary>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    private const int BarWidth = 40;

    public string Render(ComparisonReport report)
    {
        var text = new StringBuilder();
        foreach (var block in ReportDocumentBuilder.Build(report))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append('#', heading.Level).Append(' ').AppendLine(heading.Text).AppendLine();
                    break;
                case ParagraphBlock paragraph:
                    text.AppendLine(paragraph.Text).AppendLine();
                    break;
                case ListBlock list:
                    list.Items.ToList().ForEach(item => text.Append("- ").AppendLine(item));
                    text.AppendLine();
                    break;
                case TableBlock table:
                    Table(text, table);
                    break;
                case ChartBlock { Chart: HeatmapChart heatmap }:
                    text.Append("**").Append(heatmap.Title).Append("** (rows: ").Append(heatmap.RowAxis).Append(", columns: ").Append(heatmap.ColumnAxis).AppendLine(")").AppendLine();
                    Table(text, new TableBlock([string.Empty, .. heatmap.ColumnLabels], [.. heatmap.RowLabels.Select((label, r) => (IReadOnlyList<string>)[label, .. heatmap.Counts[r].Select(c => c.ToString(CultureInfo.InvariantCulture))])]));
                    break;
                case ChartBlock { Chart: BarChart bars }:
                    Bars(text, bars);
                    break;
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static void Table(StringBuilder text, TableBlock table)
    {
        text.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).AppendLine(" |");
        text.Append('|').AppendJoin('|', table.Headers.Select((_, i) => i >= table.FirstNumericColumn ? "---:" : "---")).AppendLine("|");
        foreach (var row in table.Rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        text.AppendLine();
    }

    private static void Bars(StringBuilder text, BarChart chart)
    {
        text.Append("**").Append(chart.Title).AppendLine("**").AppendLine().AppendLine("```");
        var max = chart.YMax ?? chart.Series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(1).Max();
        var labels = chart.Categories.SelectMany(c => chart.Series.Select(s => chart.Series.Count == 1 ? c : $"{c} {s.Name}")).ToList();
        var width = labels.Count == 0 ? 0 : labels.Max(l => l.Length);
        var counts = chart.Series.SelectMany(s => s.Values).OfType<double>().All(v => v >= 0 && v == Math.Floor(v)) && chart.YMax is null;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            foreach (var series in chart.Series)
            {
                var label = chart.Series.Count == 1 ? chart.Categories[c] : $"{chart.Categories[c]} {series.Name}";
                var value = series.Values[c];
                var bar = value is { } v && max > 0 ? new string('█', (int)Math.Round(Math.Clamp(v / max, 0, 1) * BarWidth)) : string.Empty;
                var shown = value is not { } number ? "–" : counts ? ReportFormatting.Count((long)number) : ReportFormatting.Number(number);
                text.Append(label.PadRight(width)).Append(" | ").Append(bar.PadRight(BarWidth)).Append(' ').AppendLine(shown);
            }
        }

        text.AppendLine("```").AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
