namespace NovaForge.Runner.Evaluation.Reports.Charts;

/// <summary>
/// Draws a chart as an inline SVG element. Hand-written SVG instead of a plotting library: ScottPlot renders through
/// SkiaSharp and HarfBuzz native assets (tens of MB per platform in the dotnet tool, dependency versions not all
/// served here) and measures text with the machine's fonts, which would make report golden files machine-dependent.
/// </summary>
public interface IChartRenderer
{
    string Render(Chart chart);
}
