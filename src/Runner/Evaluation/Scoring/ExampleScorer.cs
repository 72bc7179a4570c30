using NovaForge.Runner.Evaluation.Byom;
using NovaForge.Runner.Evaluation.Calibration;
using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Metrics.Bleu;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Evaluation.Segments;
using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Scoring;

/// <summary>
/// Scores a stream of examples with bounded memory: a batch is scored in parallel (the costly text metrics), then added
/// in order to running accumulators, so results do not depend on thread timing and row order is kept (the
/// container's BLEU scores the first row).
/// </summary>
public sealed class ExampleScorer
{
    private readonly ScoringOptions options;
    private readonly GenQaAccumulator genQa = new();
    private readonly ClassificationAccumulator? classification;
    private readonly LengthDistribution lengths = new();
    private readonly CalibrationAccumulator calibration;
    private readonly ByomMetricsAccumulator byom = new();
    private readonly SegmentBreakdown segments;
    private readonly List<EvalExample> batch = [];
    private long rows;

    public ExampleScorer(ScoringOptions options)
    {
        this.options = options;
        var extractor = options.Labels is { IsEnabled: true } labels ? labels.CreateExtractor() : null;
        classification = extractor is null ? null : new ClassificationAccumulator(extractor);
        calibration = new CalibrationAccumulator(options.ConfidenceThreshold);
        segments = new SegmentBreakdown(extractor, options.SegmentFields);
    }

    public void Add(EvalExample example)
    {
        batch.Add(example);
        if (batch.Count >= options.BatchSize)
        {
            Flush();
        }
    }

    public ExampleAnalysis Result()
    {
        Flush();
        return new ExampleAnalysis(
            rows,
            genQa.Result(),
            classification?.Result(),
            lengths.Summary(),
            calibration.Result(),
            byom.Result(options.ByomAggregation),
            segments.Result());
    }

    private void Flush()
    {
        if (batch.Count == 0)
        {
            return;
        }

        // The first row's prediction is the container BLEU's hypothesis: set it before the rows are measured against it.
        var scored = new ScoredGenQaRow[batch.Count];
        var firstRow = genQa.FirstRow!;
        if (!firstRow.HasHypothesis)
        {
            scored[0] = ScoredGenQaRow.Score(batch[0].Prediction, batch[0].References);
            firstRow.SetHypothesis(scored[0].HypothesisTokens);
        }

        var contributions = new FirstRowContribution[batch.Count];
        var metadata = new IReadOnlyList<KeyValuePair<string, string>>[batch.Count];
        var labels = new ExtractedLabels?[batch.Count];
        var words = new int[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var example = batch[i];
            scored[i] ??= ScoredGenQaRow.Score(example.Prediction, example.References);
            contributions[i] = firstRow.Measure(scored[i].ReferenceTokens);
            metadata[i] = MetadataFields.Parse(example.Metadata);
            labels[i] = classification?.Extract(example.Prediction, FirstReference(example));
            words[i] = PythonText.CountWords(example.Prediction);
        });
        for (var i = 0; i < batch.Count; i++)
        {
            AddScored(batch[i], scored[i], contributions[i], metadata[i], labels[i], words[i]);
        }

        batch.Clear();
    }

    private void AddScored(EvalExample example, ScoredGenQaRow row, FirstRowContribution firstRow, IReadOnlyList<KeyValuePair<string, string>> metadata, ExtractedLabels? labels, int words)
    {
        rows++;
        genQa.Add(row, firstRow);
        lengths.Add(words);
        var correct = labels is { } extracted ? classification!.Add(extracted) : row.Scores.QuasiExactMatch == 1;
        if (LabelConfidence.Of(example.Logprobs, labels?.Predicted, options.Labels?.JsonField) is { } confidence)
        {
            calibration.Add(new ConfidenceCase(rows, confidence, correct, row.Scores.F1, example.Prediction, FirstReference(example)));
        }

        foreach (var (metric, value) in example.Metrics ?? new Dictionary<string, double>())
        {
            if (!GenQaMetricNames.All.Contains(metric, StringComparer.Ordinal))
            {
                byom.Add(metric, value);
            }
        }

        segments.Add(metadata, row, labels);
    }

    private static string FirstReference(EvalExample example) => example.References.Count > 0 ? example.References[0] : string.Empty;
}
