using System.Globalization;
using NovaForge.Runner.Evaluation.Calibration;
using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Reports.Charts;

namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>The report's charts, built from the model.</summary>
public static class ReportCharts
{
    private static readonly string[] RateMetrics =
    [
        GenQaMetricNames.Rouge1, GenQaMetricNames.Rouge2, GenQaMetricNames.RougeL, GenQaMetricNames.ExactMatch,
        GenQaMetricNames.QuasiExactMatch, GenQaMetricNames.F1, GenQaMetricNames.QuasiF1, AnalysisMetricNames.Accuracy,
        AnalysisMetricNames.SchemaAdherence,
    ];

    /// <summary>The 0–1 metrics side by side, one bar per stage; null when fewer than one stage has any.</summary>
    public static BarChart? Comparison(ComparisonReport report)
    {
        var rows = report.Comparison.Where(r => RateMetrics.Contains(r.Metric, StringComparer.Ordinal)).ToList();
        var stages = report.Stages.Select((s, i) => (Stage: s, Index: i)).Where(s => rows.Any(r => r.Values[s.Index] is not null)).ToList();
        if (rows.Count == 0 || stages.Count == 0)
        {
            return null;
        }

        return new BarChart(
            "Metrics by stage",
            [.. rows.Select(r => r.Metric)],
            [.. stages.Select(s => new BarSeries(s.Stage.Id, [.. rows.Select(r => r.Values[s.Index]?.Value)]))],
            "metric",
            "score (0–1)",
            YMax: 1);
    }

    public static HeatmapChart Confusion(string stage, ConfusionMatrix matrix) =>
        new($"Confusion matrix: {stage}", matrix.Labels, matrix.Columns, matrix.Counts, "gold", "predicted");

    public static BarChart Lengths(string stage, LengthSummary lengths) => new(
        $"Response length: {stage}",
        [.. lengths.Histogram.Select(b => b.Start == b.End ? Invariant($"{b.Start}") : Invariant($"{b.Start}–{b.End}"))],
        [new BarSeries("responses", [.. lengths.Histogram.Select(b => (double?)b.Count)])],
        "words",
        "responses");

    public static BarChart Reliability(string stage, CalibrationResult calibration) => new(
        $"Reliability: {stage}",
        [.. calibration.Bins.Select(b => Invariant($"{b.Lower:0.0}–{b.Upper:0.0}"))],
        [new BarSeries("accuracy", [.. calibration.Bins.Select(b => b.Count == 0 ? (double?)null : b.Accuracy)])],
        "confidence",
        "accuracy",
        YMax: 1,
        Line: new BarSeries("perfect calibration", [.. calibration.Bins.Select(b => (double?)((b.Lower + b.Upper) / 2))]));

    public static BarChart Judgments(string stage, JudgeResult judge) => new(
        $"Judgments: {stage}",
        ["A preferred", "tie", "B preferred", "error"],
        [new BarSeries("judgments", [judge.AWins, judge.Ties, judge.BWins, judge.Errors])],
        "verdict",
        "judgments");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
