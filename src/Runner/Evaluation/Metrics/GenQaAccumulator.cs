using NovaForge.Runner.Evaluation.Metrics.Bleu;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// Aggregates scored rows into the gen_qa results in one streaming pass: running means and standard errors and corpus
/// BLEU; for the whole set (<paramref name="wholeSet"/>) also the container's first-row BLEU and the BLEU bootstrap
/// standard errors (the first-row one up to <see cref="BleuBootstrap.RowLimit"/> rows). A segment of the set has
/// no first-row BLEU: the score of its first row alone says nothing about the segment.
/// </summary>
public sealed class GenQaAccumulator(bool wholeSet = true)
{
    private readonly MeanAccumulator[] means = [.. GenQaMetricNames.MeanMetrics.Select(_ => new MeanAccumulator())];
    private readonly BleuStatistics corpusBleu = new();
    private readonly BleuBootstrap? bootstrap = wholeSet ? new BleuBootstrap() : null;

    public long Count => means[0].Count;

    /// <summary>The container's BLEU, for the whole set only.</summary>
    public FirstRowBleu? FirstRow { get; } = wholeSet ? new FirstRowBleu() : null;

    /// <summary>Adds a row in order; <paramref name="firstRow"/> is its measurement against the first hypothesis, when measured already.</summary>
    public void Add(ScoredGenQaRow row, FirstRowContribution? firstRow = null)
    {
        for (var i = 0; i < means.Length; i++)
        {
            means[i].Add(row.Scores[i]);
        }

        if (firstRow is not null)
        {
            FirstRow?.Add(firstRow);
        }
        else
        {
            FirstRow?.Add(row.HypothesisTokens, row.ReferenceTokens);
        }

        corpusBleu.Add(row.CorpusStatistics);
        bootstrap?.Add(row.HypothesisTokens, row.ReferenceTokens, row.CorpusStatistics);
    }

    public GenQaMetrics Result()
    {
        var metrics = new Dictionary<string, MetricEstimate>(StringComparer.Ordinal);
        for (var i = 0; i < means.Length; i++)
        {
            metrics[GenQaMetricNames.MeanMetrics[i]] = means[i].Estimate();
        }

        var notes = new List<string>();
        var (firstRowError, corpusError) = bootstrap?.StandardErrors() ?? (null, null);
        if (bootstrap is { WithinLimit: false })
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The container BLEU's standard error is not computed above {BleuBootstrap.RowLimit:N0} rows (its bootstrap scores each resample's first row against the golds of every row drawn, which needs every row's tokens); corpus BLEU's comes from the resampled sums' normal limit."));
        }

        if (FirstRow is not null)
        {
            metrics[GenQaMetricNames.Bleu] = new MetricEstimate(FirstRow.Score(), firstRowError, Count);
        }

        metrics[GenQaMetricNames.CorpusBleu] = new MetricEstimate(corpusBleu.Score(), corpusError, Count);
        return new GenQaMetrics(metrics, notes);
    }
}
