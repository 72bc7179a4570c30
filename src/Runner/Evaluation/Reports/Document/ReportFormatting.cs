using System.Globalization;
using NovaForge.Runner.Evaluation.Metrics;

namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>How numbers read in the report: rates with 4 decimals, BLEU and counts with 2, "±" standard errors, signed deltas.</summary>
public static class ReportFormatting
{
    public static string Value(ReportedMetric? metric) => metric is null
        ? "–"
        : metric.StandardError is { } error ? $"{Number(metric.Value)} ± {Number(error)}" : Number(metric.Value);

    public static string Value(MetricEstimate? metric) => metric is null ? "–" : Value(ReportedMetric.From(string.Empty, metric, MetricSource.Computed));

    public static string Number(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(Math.Abs(value) >= 10 ? "0.00" : "0.0000", CultureInfo.InvariantCulture);

    public static string Delta(double? delta) => delta switch
    {
        null => "–",
        { } d when double.IsNaN(d) => "–",
        >= 0 => "+" + Number(delta.Value),
        _ => Number(delta.Value),
    };

    public static string Percent(double rate) => rate.ToString("0.0%", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Long texts cut for tables, on one line.</summary>
    public static string Snippet(string text, int length = 80)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
