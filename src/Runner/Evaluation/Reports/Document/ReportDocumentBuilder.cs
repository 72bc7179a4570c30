using NovaForge.Runner.Evaluation.Calibration;
using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Scoring;
using static NovaForge.Runner.Evaluation.Reports.Document.ReportFormatting;

namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>
/// Lays the report out once as blocks: the comparison table and chart, then per stage its sources, classification
/// (metrics, per-class table, confusion matrix), response lengths, calibration, judge summary and segment tables.
/// </summary>
public static class ReportDocumentBuilder
{
    private static readonly string[] SegmentMetrics = [GenQaMetricNames.ExactMatch, GenQaMetricNames.QuasiExactMatch, GenQaMetricNames.F1, AnalysisMetricNames.Accuracy];

    public static IReadOnlyList<ReportBlock> Build(ComparisonReport report)
    {
        var blocks = new List<ReportBlock> { new HeadingBlock(1, report.Title) };
        if (report.Diagnostics.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, "Problems"));
            blocks.Add(new ListBlock([.. report.Diagnostics.Select(d => d.ToCanonicalString())]));
        }

        Comparison(report, blocks);
        foreach (var stage in report.Stages)
        {
            Stage(stage, blocks);
        }

        return blocks;
    }

    private static void Comparison(ComparisonReport report, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(2, "Comparison"));
        if (report.Comparison.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No metrics to compare."));
            return;
        }

        var stages = report.Stages.Select(s => s.Id).ToList();
        var headers = new List<string> { "Metric" };
        headers.AddRange(stages);
        headers.AddRange(stages.Skip(1).Select(s => $"Δ {s}"));
        blocks.Add(new TableBlock(headers, [.. report.Comparison.Select(row => (IReadOnlyList<string>)[row.Label, .. row.Values.Select(Value), .. row.DeltaToFirst.Skip(1).Select(Delta)])]));
        var delta = stages.Count > 1 ? $" Δ is the difference to the first stage, {stages[0]}." : string.Empty;
        blocks.Add(new ParagraphBlock($"Values are mean ± standard error over the examples (BLEU: bootstrap).{delta} "
            + "\"BLEU (container, first row)\" is what the Nova evaluation container reports: lighteval 0.10 scores only the first logged row against every gold; \"BLEU (corpus)\" scores every row."));
        if (ReportCharts.Comparison(report) is { } chart)
        {
            blocks.Add(new ChartBlock(chart));
        }
    }

    private static void Stage(StageReport stage, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(2, $"Stage {stage.Id} ({stage.Task})"));
        var sources = new List<string> { $"Source: {stage.Folder}" };
        if (stage.ResultsFile is not null)
        {
            sources.Add($"Results file: {Path.GetRelativePath(stage.Folder, stage.ResultsFile)}");
        }

        if (stage.Analysis is { } counted)
        {
            sources.Add($"Examples scored: {Count(counted.Count)}");
        }

        sources.AddRange(stage.Notes);
        blocks.Add(new ListBlock(sources));
        if (stage.Analysis is { } analysis)
        {
            Classification(stage.Id, analysis.Classification, blocks);
            Lengths(stage.Id, analysis.Lengths, blocks);
            Calibration(stage.Id, analysis.Calibration, blocks);
            Segments(analysis, blocks);
        }

        if (stage.Judge is { } judge)
        {
            Judge(stage.Id, judge, blocks);
        }
    }

    private static void Classification(string stage, ClassificationResult? result, List<ReportBlock> blocks)
    {
        if (result is null)
        {
            return;
        }

        blocks.Add(new HeadingBlock(3, "Classification"));
        var summary = new List<string>
        {
            $"Accuracy (label extracted from the answer): {Percent(result.Accuracy)} of {Count(result.Total)}",
            $"No valid prediction: {Count(result.NoValidPrediction)} ({Percent(result.NoValidPredictionRate)}); accuracy on the {Count(result.Valid)} valid predictions: {Percent(result.ValidAccuracy)}",
            $"Macro F1: {Number(result.MacroF1)}",
        };
        if (result.SchemaAdherence is { } adherence)
        {
            summary.Add($"JSON schema adherence: {Percent(adherence)}");
        }

        blocks.Add(new ListBlock(summary));
        blocks.Add(new TableBlock(
            ["Class", "Precision", "Recall", "F1", "Gold", "Predicted"],
            [.. result.Classes.Select(c => (IReadOnlyList<string>)[c.Label, Number(c.Precision), Number(c.Recall), Number(c.F1), Count(c.Support), Count(c.Predicted)])]));
        blocks.Add(new ChartBlock(ReportCharts.Confusion(stage, result.Confusion)));
    }

    private static void Lengths(string stage, LengthSummary lengths, List<ReportBlock> blocks)
    {
        if (lengths.Count == 0)
        {
            return;
        }

        blocks.Add(new HeadingBlock(3, "Response length"));
        blocks.Add(new ParagraphBlock($"Words per response: mean {Number(lengths.Mean)}, median {lengths.Median}, 95th percentile {lengths.P95}, range {lengths.Min}–{lengths.Max}."));
        blocks.Add(new ChartBlock(ReportCharts.Lengths(stage, lengths)));
    }

    private static void Calibration(string stage, CalibrationResult? calibration, List<ReportBlock> blocks)
    {
        if (calibration is null)
        {
            return;
        }

        blocks.Add(new HeadingBlock(3, "Confidence and calibration"));
        blocks.Add(new ParagraphBlock($"Confidence is the probability of the first label token. Expected calibration error {Number(calibration.ExpectedCalibrationError)} over {Count(calibration.Count)} answers; mean confidence {Number(calibration.MeanConfidence)}."));
        blocks.Add(new ChartBlock(ReportCharts.Reliability(stage, calibration)));
        CaseTable($"Low confidence (below {Number(calibration.Threshold)}): {Count(calibration.LowConfidenceCount)} answers to route to a person", calibration.LowConfidence, blocks);
        CaseTable($"Over-confident errors (confidence {Number(calibration.Threshold)} or more, wrong): {Count(calibration.OverconfidentErrorCount)}", calibration.OverconfidentErrors, blocks);
    }

    private static void CaseTable(string title, IReadOnlyList<ConfidenceCase> cases, List<ReportBlock> blocks)
    {
        blocks.Add(new ParagraphBlock(title + (cases.Count > 0 ? $"; the {cases.Count} most extreme:" : ".")));
        if (cases.Count > 0)
        {
            blocks.Add(new TableBlock(
                ["Prediction", "Reference", "Row", "Confidence", "F1"],
                [.. cases.Select(c => (IReadOnlyList<string>)[Snippet(c.Prediction), Snippet(c.Reference), Count(c.Row), Number(c.Confidence), Number(c.F1)])],
                FirstNumericColumn: 2));
        }
    }

    private static void Segments(ExampleAnalysis analysis, List<ReportBlock> blocks)
    {
        foreach (var table in analysis.Segments)
        {
            var metrics = SegmentMetrics.Where(m => table.Rows.Any(r => r.Metrics.ContainsKey(m))).ToList();
            blocks.Add(new HeadingBlock(3, $"By {table.Field}"));
            blocks.Add(new TableBlock(
                [table.Field, "n", .. metrics.Select(AnalysisMetricNames.Label)],
                [.. table.Rows.Select(r => (IReadOnlyList<string>)[r.Value, Count(r.Count), .. metrics.Select(m => Value(r.Metrics.GetValueOrDefault(m)))])]));
        }
    }

    private static void Judge(string stage, JudgeResult judge, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(3, "Pairwise judgments (A = baseline, B = challenger)"));
        var interval = judge is { LowerPreferenceB: { } lower, UpperPreferenceB: { } upper } ? $" (95% interval {Number(lower)}–{Number(upper)})" : string.Empty;
        var items = new List<string>
        {
            $"B preferred {Count(judge.BWins)}, A preferred {Count(judge.AWins)}, ties {Count(judge.Ties)}, errors {Count(judge.Errors)}",
            $"Win rate of B over valid judgments: {Percent(judge.WinRate)}",
            $"Bradley–Terry probability that B is preferred: {Number(judge.PreferenceB)}{interval}",
        };
        if (judge.OrderConsistency is { } consistency)
        {
            items.Add($"Both presentation orders agree on {Percent(consistency)} of prompts; the response shown first won {Percent(judge.FirstPositionWinRate ?? 0)} of decisive judgments (50% = no position bias).");
        }

        blocks.Add(new ListBlock(items));
        blocks.Add(new ChartBlock(ReportCharts.Judgments(stage, judge)));
    }
}
