using NovaForge.Runner.Evaluation.Calibration;
using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Segments;

namespace NovaForge.Runner.Evaluation.Scoring;

/// <summary>Everything computed from a set of evaluated examples.</summary>
public sealed record ExampleAnalysis(
    long Count,
    GenQaMetrics GenQa,
    ClassificationResult? Classification,
    LengthSummary Lengths,
    CalibrationResult? Calibration,
    IReadOnlyDictionary<string, MetricEstimate> Byom,
    IReadOnlyList<SegmentTable> Segments)
{
    /// <summary>The headline metrics in display order: gen_qa, then classification, calibration and BYOM.</summary>
    public IReadOnlyDictionary<string, MetricEstimate> Headline()
    {
        var metrics = new Dictionary<string, MetricEstimate>(GenQa.Metrics, StringComparer.Ordinal);
        if (Classification is { } c)
        {
            metrics[AnalysisMetricNames.Accuracy] = new MetricEstimate(c.Accuracy, c.AccuracyStandardError, c.Total);
            metrics[AnalysisMetricNames.ValidAccuracy] = new MetricEstimate(c.ValidAccuracy, null, c.Valid);
            metrics[AnalysisMetricNames.NoValidPredictionRate] = new MetricEstimate(c.NoValidPredictionRate, null, c.Total);
            metrics[AnalysisMetricNames.MacroF1] = new MetricEstimate(c.MacroF1, null, c.Total);
            if (c.SchemaAdherence is { } adherence)
            {
                metrics[AnalysisMetricNames.SchemaAdherence] = new MetricEstimate(adherence, null, c.Total);
            }
        }

        if (Calibration is { } calibration)
        {
            metrics[AnalysisMetricNames.ExpectedCalibrationError] = new MetricEstimate(calibration.ExpectedCalibrationError, null, calibration.Count);
            metrics[AnalysisMetricNames.MeanConfidence] = new MetricEstimate(calibration.MeanConfidence, null, calibration.Count);
        }

        foreach (var (name, estimate) in Byom)
        {
            metrics.TryAdd(name, estimate);
        }

        return metrics;
    }
}
