using NovaForge.Runner.Evaluation.Metrics.Bleu;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// Aggregates scored rows into the gen_qa results in one streaming pass: running means and standard errors, the
/// container's first-row BLEU, corpus BLEU, and (for the overall result, up to <see cref="BleuBootstrap.RowLimit"/>
/// rows) the BLEU bootstrap standard errors.
/// </summary>
public sealed class GenQaAccumulator(bool bootstrapBleu = true)
{
    private readonly MeanAccumulator[] means = [.. GenQaMetricNames.MeanMetrics.Select(_ => new MeanAccumulator())];
    private readonly FirstRowBleu firstRowBleu = new();
    private readonly BleuStatistics corpusBleu = new();
    private readonly BleuBootstrap? bootstrap = bootstrapBleu ? new BleuBootstrap() : null;

    public long Count => means[0].Count;

    public void Add(ScoredGenQaRow row)
    {
        for (var i = 0; i < means.Length; i++)
        {
            means[i].Add(row.Scores[i]);
        }

        firstRowBleu.Add(row.HypothesisTokens, row.ReferenceTokens);
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
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"BLEU standard errors are not computed above {BleuBootstrap.RowLimit:N0} rows (the bootstrap needs every row's tokens)."));
        }

        metrics[GenQaMetricNames.Bleu] = new MetricEstimate(firstRowBleu.Score(), firstRowError, Count);
        metrics[GenQaMetricNames.CorpusBleu] = new MetricEstimate(corpusBleu.Score(), corpusError, Count);
        return new GenQaMetrics(metrics, notes);
    }
}
