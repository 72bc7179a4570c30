using NovaForge.Runner.Evaluation.Judge;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Scoring;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>
/// Builds the comparison report from eval stages' output folders. Container results are kept as reported; rows, when
/// present, add what the container does not compute (corpus BLEU, classification, calibration, segments) and stand in
/// for a missing results file. A stage that cannot be read becomes a diagnostic, and the others are still reported.
/// </summary>
public static class ReportBuilder
{
    public static ComparisonReport Build(IReadOnlyList<ReportStageInput> stages, ReportOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        if (stages.Count == 0)
        {
            diagnostics.Add(DiagnosticFactory.ReportStagesMissing());
        }

        var reports = new List<StageReport>();
        foreach (var stage in stages)
        {
            if (!Directory.Exists(stage.Folder))
            {
                diagnostics.Add(DiagnosticFactory.EvalOutputFolderNotFound(stage.Id, stage.Folder));
                reports.Add(new StageReport(stage.Id, stage.Task, stage.Folder, null, [], null, null, ["No output folder."]));
                continue;
            }

            try
            {
                reports.Add(BuildStage(stage, options, diagnostics));
            }
            catch (EvaluationException e)
            {
                diagnostics.Add(e.Diagnostic);
                reports.Add(new StageReport(stage.Id, stage.Task, stage.Folder, null, [], null, null, [e.Diagnostic.Message]));
            }
        }

        return new ComparisonReport(options.Title, reports, Compare(reports), diagnostics);
    }

    /// <summary>A one-stage report of examples scored outside a pipeline (<c>novaforge metrics FILE</c>).</summary>
    public static ComparisonReport FromAnalysis(string title, string id, string source, ExampleAnalysis analysis)
    {
        var metrics = analysis.Headline().Select(m => ReportedMetric.From(m.Key, m.Value, MetricSource.Computed)).ToList();
        var stage = new StageReport(id, "gen_qa", source, null, [.. Ordered(metrics)], analysis, null, [.. analysis.GenQa.Notes]);
        return new ComparisonReport(title, [stage], Compare([stage]), []);
    }

    private static StageReport BuildStage(ReportStageInput stage, ReportOptions options, List<Diagnostic> diagnostics)
    {
        var output = EvalOutput.Open(stage.Folder);
        if (output.IsEmpty)
        {
            diagnostics.Add(DiagnosticFactory.EvalOutputEmpty(stage.Id, stage.Folder));
        }

        var results = output.ReadResults();
        var notes = new List<string>();
        var metrics = new Dictionary<string, ReportedMetric>(StringComparer.Ordinal);
        ExampleAnalysis? analysis = null;
        JudgeResult? judge = null;
        if (stage.IsJudge || output.JudgmentsFile is not null)
        {
            var rows = output.Judgments();
            judge = rows.Count > 0 ? JudgeAnalysis.Analyze(rows) : results is null ? null : JudgeAnalysis.FromResults(results);
            if (rows.Count == 0 && results is not null)
            {
                notes.Add("Per-judgment rows are not available; the summary comes from the results file.");
            }
        }
        else if (output.HasExamples)
        {
            var scorer = new ExampleScorer(StageScoring.For(options.Scoring, stage.ByomAggregation, output.Examples()));
            foreach (var example in output.Examples())
            {
                scorer.Add(example);
            }

            analysis = scorer.Result();
            notes.AddRange(analysis.GenQa.Notes);
            foreach (var (name, estimate) in analysis.Headline())
            {
                metrics[name] = ReportedMetric.From(name, estimate, MetricSource.Computed);
            }
        }

        if (results is not null)
        {
            foreach (var (name, estimate) in results.Estimates(analysis?.Count ?? 0))
            {
                metrics[name] = ReportedMetric.From(name, estimate, MetricSource.Reported);
            }
        }
        else if (analysis is not null)
        {
            notes.Add("No results file: every metric is computed from the rows.");
        }

        return new StageReport(stage.Id, stage.Task, stage.Folder, output.ResultsFile, [.. Ordered(metrics.Values)], analysis, judge, notes);
    }

    private static IEnumerable<ReportedMetric> Ordered(IEnumerable<ReportedMetric> metrics) =>
        metrics.Select((m, i) => (Metric: m, Index: i)).OrderBy(m => Rank(m.Metric.Name)).ThenBy(m => m.Index).Select(m => m.Metric);

    private static readonly string[] KnownOrder =
    [
        .. GenQaMetricNames.All,
        AnalysisMetricNames.Accuracy, AnalysisMetricNames.ValidAccuracy, AnalysisMetricNames.NoValidPredictionRate, AnalysisMetricNames.MacroF1,
        AnalysisMetricNames.SchemaAdherence, AnalysisMetricNames.ExpectedCalibrationError, AnalysisMetricNames.MeanConfidence,
        "winrate", "score", "lower_rate", "upper_rate", "a_scores", "b_scores", "ties", "inference_error",
    ];

    private static int Rank(string metric)
    {
        var index = Array.IndexOf(KnownOrder, metric);
        return index < 0 ? KnownOrder.Length : index;
    }

    private static List<ComparisonRow> Compare(IReadOnlyList<StageReport> stages)
    {
        var names = Ordered(stages.SelectMany(s => s.Metrics).DistinctBy(m => m.Name)).Select(m => m.Name);
        return
        [
            .. names.Select(name =>
            {
                var values = stages.Select(s => s.Metric(name)).ToList();
                var first = values.Count > 0 ? values[0] : null;
                return new ComparisonRow(name, AnalysisMetricNames.Label(name), values, [.. values.Select(v => first is null || v is null ? (double?)null : v.Value - first.Value)]);
            }),
        ];
    }
}
