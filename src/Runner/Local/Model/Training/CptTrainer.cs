using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Local.Model.Training;

/// <summary>
/// Continued pre-training on raw text, honestly scaled down: the local model has no language model to tune, so CPT
/// counts hashed word and word-pair document frequencies and word frequencies (<see cref="FeatureStatistics"/>).
/// Later stages weight prompt features by the resulting inverse document frequencies. The loss logged per step is
/// the batch's per-word negative log-likelihood under the hashed unigram model before it reads the batch, so it
/// falls as the model learns the domain's words. Learning rates do not apply to counting.
/// </summary>
public static class CptTrainer
{
    public static LocalModel Train(LocalModel start, IReadOnlyList<string> texts, TrainingSettings settings, Action<StepMetrics> onStep, CancellationToken cancellation)
    {
        if (texts.Count == 0)
        {
            throw new ArgumentException("CPT needs at least one text", nameof(texts));
        }

        var statistics = start.Statistics?.Clone() ?? new FeatureStatistics();
        var steps = settings.Steps(texts.Count);
        var sampler = new BatchSampler(texts.Count, settings.Seed);
        for (var step = 1; step <= steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = sampler.Next(settings.GlobalBatchSize);
            var loss = batch.Average(row => statistics.WordLoss(texts[row]));
            foreach (var row in batch)
            {
                statistics.Add(texts[row]);
            }

            onStep(new StepMetrics { Step = step, TotalSteps = steps, Loss = loss });
        }

        return start.WithStatistics(statistics);
    }
}
