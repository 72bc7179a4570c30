using System.Globalization;
using System.Security;
using System.Text;

namespace NovaForge.Runner.Evaluation.Reports.Charts;

/// <summary>Deterministic inline SVG: fixed sizes, invariant numbers, no fonts measured, no scripts, no external references.</summary>
public sealed class SvgChartRenderer : IChartRenderer
{
    private const int Width = 640;
    private const int Height = 320;
    private const int Left = 60;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 70;
    private const int LabelGap = 14;
    private const int LabelFontSize = 10;
    private const int SlantDegrees = 35;

    /// <summary>A generous width of one character of a 10 px sans-serif label (no font is measured: the output stays deterministic).</summary>
    private const double LabelCharWidth = 6.2;

    private static readonly string[] Palette = ["#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#FF9DA6", "#9D755D"];

    public string Render(Chart chart) => chart switch
    {
        BarChart bars => RenderBars(bars),
        HeatmapChart heatmap => RenderHeatmap(heatmap),
        _ => throw new ArgumentException($"no SVG drawing for {chart.GetType().Name}", nameof(chart)),
    };

    private static string RenderBars(BarChart chart)
    {
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var groupWidth = plotWidth / (double)Math.Max(chart.Categories.Count, 1);
        var rotate = chart.Categories.Count > 8 || chart.Categories.Any(c => c.Length * LabelCharWidth > groupWidth);

        // Slanted category labels hang below the axis and reach left of their group: the chart grows down and left to
        // hold the longest of them, so a label like json_schema_adherence is never cut off at the edge.
        var labelDepth = rotate ? chart.Categories.Max(SlantedDepth) : LabelFontSize;
        var left = Left + (rotate ? Math.Max(0, (int)Math.Ceiling(chart.Categories.Select((c, i) => SlantedReach(c) - (i * groupWidth) - (groupWidth / 2)).DefaultIfEmpty(0).Max() - Left + 4)) : 0);
        var width = left + plotWidth + Right;
        var axisTitleY = Top + plotHeight + LabelGap + (int)Math.Ceiling(labelDepth) + 16;
        var height = Math.Max(Height, axisTitleY + 8);
        var svg = Open(width, height, chart.Title);
        var values = chart.Series.SelectMany(s => s.Values).Concat(chart.Line?.Values ?? []).OfType<double>().ToList();
        var yMax = chart.YMax ?? NiceCeiling(values.Count == 0 ? 1 : values.Max());
        double Y(double v) => Top + plotHeight - (Math.Clamp(v, 0, yMax) / yMax * plotHeight);

        for (var tick = 0; tick <= 4; tick++)
        {
            var value = yMax * tick / 4;
            var y = Y(value);
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{y:0.##}\" x2=\"{width - Right}\" y2=\"{y:0.##}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{y + 4:0.##}\" text-anchor=\"end\" font-size=\"11\">{Tick(value)}</text>"));
        }

        var barWidth = groupWidth * 0.8 / Math.Max(chart.Series.Count, 1);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var groupLeft = left + (c * groupWidth) + (groupWidth * 0.1);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[c] is { } value)
                {
                    var y = Y(value);
                    svg.Append(Invariant($"<rect x=\"{groupLeft + (s * barWidth):0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(barWidth - 1, 1):0.##}\" height=\"{Top + plotHeight - y:0.##}\" fill=\"{Palette[s % Palette.Length]}\"><title>{Escape(chart.Series[s].Name)}: {Escape(chart.Categories[c])} = {Tick(value)}</title></rect>"));
                }
            }

            var x = left + (c * groupWidth) + (groupWidth / 2);
            var labelY = Top + plotHeight + LabelGap;
            svg.Append(rotate
                ? Invariant($"<text x=\"{x:0.##}\" y=\"{labelY}\" text-anchor=\"end\" font-size=\"{LabelFontSize}\" transform=\"rotate(-{SlantDegrees} {x:0.##} {labelY})\">{Escape(chart.Categories[c])}</text>")
                : Invariant($"<text x=\"{x:0.##}\" y=\"{labelY}\" text-anchor=\"middle\" font-size=\"11\">{Escape(chart.Categories[c])}</text>"));
        }

        if (chart.Line is { } line)
        {
            var points = line.Values.Select((v, c) => v is { } value ? Invariant($"{left + (c * groupWidth) + (groupWidth / 2):0.##},{Y(value):0.##}") : null).OfType<string>();
            svg.Append($"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"#333\" stroke-dasharray=\"4 3\"><title>{Escape(line.Name)}</title></polyline>");
        }

        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{Top + plotHeight}\" x2=\"{width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#333\"/>"));
        svg.Append(Invariant($"<text x=\"{left + (plotWidth / 2)}\" y=\"{axisTitleY}\" text-anchor=\"middle\" font-size=\"12\">{Escape(chart.XLabel)}</text>"));
        var yTitleX = left - 46;
        svg.Append(Invariant($"<text x=\"{yTitleX}\" y=\"{Top + (plotHeight / 2)}\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 {yTitleX} {Top + (plotHeight / 2)})\">{Escape(chart.YLabel)}</text>"));
        Legend(svg, left, [.. chart.Series.Select(s => s.Name), .. chart.Line is null ? Array.Empty<string>() : [chart.Line.Name]], chart.Line is not null);
        return Close(svg);
    }

    /// <summary>How far below its anchor a slanted label reaches: its length's share of the slant, plus its own height.</summary>
    private static double SlantedDepth(string label) =>
        (Math.Sin(SlantDegrees * Math.PI / 180) * label.Length * LabelCharWidth) + (Math.Cos(SlantDegrees * Math.PI / 180) * LabelFontSize);

    /// <summary>How far left of its anchor a slanted label reaches (it ends at the anchor).</summary>
    private static double SlantedReach(string label) => Math.Cos(SlantDegrees * Math.PI / 180) * label.Length * LabelCharWidth;

    private static string RenderHeatmap(HeatmapChart chart)
    {
        const int Cell = 56;
        const int LabelWidth = 130;
        const int HeaderHeight = 110;
        // Room on the right for the last column's slanted header.
        var width = LabelWidth + (chart.ColumnLabels.Count * Cell) + 110;
        var height = Top + HeaderHeight + (chart.RowLabels.Count * Cell) + 10;
        var svg = Open(width, height, chart.Title);
        var max = Math.Max(1, chart.Counts.SelectMany(r => r).DefaultIfEmpty(0).Max());
        var gridTop = Top + HeaderHeight;
        for (var c = 0; c < chart.ColumnLabels.Count; c++)
        {
            var x = LabelWidth + (c * Cell) + (Cell / 2);
            svg.Append(Invariant($"<text x=\"{x}\" y=\"{gridTop - 6}\" font-size=\"11\" transform=\"rotate(-45 {x} {gridTop - 6})\">{Escape(chart.ColumnLabels[c])}</text>"));
        }

        for (var r = 0; r < chart.RowLabels.Count; r++)
        {
            var y = gridTop + (r * Cell);
            svg.Append(Invariant($"<text x=\"{LabelWidth - 6}\" y=\"{y + (Cell / 2) + 4}\" text-anchor=\"end\" font-size=\"11\">{Escape(chart.RowLabels[r])}</text>"));
            for (var c = 0; c < chart.ColumnLabels.Count; c++)
            {
                var count = chart.Counts[r][c];
                var shade = count / (double)max;
                var fill = Invariant($"rgb({255 - (int)(shade * 179)},{255 - (int)(shade * 135)},{255 - (int)(shade * 87)})");
                var x = LabelWidth + (c * Cell);
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell - 2}\" height=\"{Cell - 2}\" fill=\"{fill}\" stroke=\"#bbb\"><title>{Escape(chart.RowAxis)} {Escape(chart.RowLabels[r])}, {Escape(chart.ColumnAxis)} {Escape(chart.ColumnLabels[c])}: {count}</title></rect>"));
                svg.Append(Invariant($"<text x=\"{x + (Cell / 2) - 1}\" y=\"{y + (Cell / 2) + 4}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{(shade > 0.55 ? "#fff" : "#222")}\">{count}</text>"));
            }
        }

        svg.Append(Invariant($"<text x=\"8\" y=\"{Top + 14}\" font-size=\"11\" fill=\"#555\">rows: {Escape(chart.RowAxis)}; columns: {Escape(chart.ColumnAxis)}</text>"));
        return Close(svg);
    }

    private static void Legend(StringBuilder svg, int left, IReadOnlyList<string> names, bool lastIsLine)
    {
        var x = left;
        for (var i = 0; i < names.Count; i++)
        {
            var isLine = lastIsLine && i == names.Count - 1;
            svg.Append(isLine
                ? Invariant($"<line x1=\"{x}\" y1=\"30\" x2=\"{x + 12}\" y2=\"30\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>")
                : Invariant($"<rect x=\"{x}\" y=\"24\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 16}\" y=\"34\" font-size=\"11\">{Escape(names[i])}</text>"));
            x += 28 + (Math.Min(names[i].Length, 30) * 7);
        }
    }

    private static StringBuilder Open(int width, int height, string title) =>
        new StringBuilder()
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" font-family=\"sans-serif\">"))
            .Append($"<title>{Escape(title)}</title>")
            .Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>"))
            .Append($"<text x=\"8\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Escape(title)}</text>");

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    /// <summary>The smallest round axis maximum whose four gridline steps are round too (24 -> 24, 0.7 -> 0.8).</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var step = value / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step)));
        return 4 * new[] { 1, 2, 2.5, 3, 4, 5, 6, 8, 10 }.Select(s => s * magnitude).First(s => s >= step * (1 - 1e-12));
    }

    private static string Tick(double value) => value.ToString(value >= 100 || value == Math.Floor(value) ? "0" : value >= 1 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
