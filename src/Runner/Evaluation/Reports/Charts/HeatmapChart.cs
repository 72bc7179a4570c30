namespace NovaForge.Runner.Evaluation.Reports.Charts;

/// <summary>A matrix of counts drawn as shaded cells with the count in each (a confusion matrix).</summary>
public sealed record HeatmapChart(
    string Title,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<long>> Counts,
    string RowAxis,
    string ColumnAxis) : Chart(Title);
