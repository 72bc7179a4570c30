using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Local.Model.Training;

/// <summary>
/// Supervised fine-tuning: mini-batch gradient descent on the cross-entropy of the reference response (or, for a
/// reference outside the vocabulary, the closest known one), with the recipe's schedule, steps and batch size.
/// </summary>
public static class SftTrainer
{
    public static LocalModel Train(LocalModel start, IReadOnlyList<SupervisedExample> examples, TrainingSettings settings, Action<StepMetrics> onStep, CancellationToken cancellation)
    {
        if (examples.Count == 0)
        {
            throw new ArgumentException("SFT needs at least one example", nameof(examples));
        }

        var model = start.WithResponses(examples.Select(e => e.Response));
        var scorer = model.Scorer!;
        var features = examples.Select(e => model.Features(e.Prompt)).ToArray();
        var targets = examples.Select(e => model.Vocabulary.Closest(e.Response)).ToArray();
        var steps = settings.Steps(examples.Count);
        var schedule = settings.Schedule(steps);
        var optimizer = new AdamOptimizer(scorer, settings.AdamBeta1, settings.AdamBeta2);
        var sampler = new BatchSampler(examples.Count, settings.Seed);
        for (var step = 1; step <= steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = sampler.Next(settings.GlobalBatchSize);
            var gradients = new double[batch.Count][];
            double loss = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var row = batch[i];
                var logProbabilities = PolicyMath.LogSoftmax(scorer.Logits(features[row]));
                loss -= logProbabilities[targets[row]];
                var gradient = logProbabilities.Select(Math.Exp).ToArray();
                gradient[targets[row]] -= 1;
                gradients[i] = gradient;
            }

            var lr = schedule.At(step);
            for (var i = 0; i < batch.Count; i++)
            {
                optimizer.Accumulate(features[batch[i]], gradients[i], 1.0 / batch.Count);
            }

            optimizer.Step(lr * TrainingSettings.LocalStepScale);
            onStep(new StepMetrics { Step = step, TotalSteps = steps, Loss = loss / batch.Count, LearningRate = lr });
        }

        return model;
    }
}
