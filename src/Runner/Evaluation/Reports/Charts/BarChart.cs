namespace NovaForge.Runner.Evaluation.Reports.Charts;

/// <summary>
/// Grouped vertical bars: one group per category, one bar per series. <see cref="Line"/> is drawn over the bars as a
/// polyline (a reliability diagram's diagonal). <see cref="YMax"/> fixes the scale (1 for rates); null fits the data.
/// </summary>
public sealed record BarChart(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<BarSeries> Series,
    string XLabel,
    string YLabel,
    double? YMax = null,
    BarSeries? Line = null) : Chart(Title);
