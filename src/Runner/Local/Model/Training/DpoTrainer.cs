using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Local.Model.Training;

/// <summary>
/// Direct preference optimization: for each pair, the loss -log sigmoid(beta * ((z_w - z_l) - (r_w - r_l))) where z are
/// the policy's logits and r the starting (reference) policy's, so the preferred response gains on the rejected one
/// relative to where training started. The vocabulary grows to hold every candidate.
/// </summary>
public static class DpoTrainer
{
    public static LocalModel Train(LocalModel start, IReadOnlyList<PreferencePair> pairs, TrainingSettings settings, double beta, Action<StepMetrics> onStep, CancellationToken cancellation)
    {
        if (pairs.Count == 0)
        {
            throw new ArgumentException("DPO needs at least one preference pair", nameof(pairs));
        }

        var model = start.WithResponses(pairs.SelectMany(p => new[] { p.Chosen, p.Rejected }));
        var scorer = model.Scorer!;
        var reference = scorer.Clone();
        var features = pairs.Select(p => model.Features(p.Prompt)).ToArray();
        var chosen = pairs.Select(p => model.Vocabulary.Closest(p.Chosen)).ToArray();
        var rejected = pairs.Select(p => model.Vocabulary.Closest(p.Rejected)).ToArray();
        var steps = settings.Steps(pairs.Count);
        var schedule = settings.Schedule(steps);
        var optimizer = new AdamOptimizer(scorer, settings.AdamBeta1, settings.AdamBeta2);
        var sampler = new BatchSampler(pairs.Count, settings.Seed);
        for (var step = 1; step <= steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = sampler.Next(settings.GlobalBatchSize);
            var gradients = new double[batch.Count][];
            double loss = 0, kl = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var row = batch[i];
                var logits = scorer.Logits(features[row]);
                var referenceLogits = reference.Logits(features[row]);
                var (w, l) = (chosen[row], rejected[row]);
                var margin = beta * (logits[w] - logits[l] - (referenceLogits[w] - referenceLogits[l]));
                loss += Softplus(-margin);
                gradients[i] = new double[logits.Length];
                if (w != l)
                {
                    var weight = beta * Sigmoid(-margin);
                    gradients[i][w] = -weight;
                    gradients[i][l] = weight;
                }

                var logP = PolicyMath.LogSoftmax(logits);
                kl += PolicyMath.Kl([.. logP.Select(Math.Exp)], logP, PolicyMath.LogSoftmax(referenceLogits));
            }

            var lr = schedule.At(step);
            for (var i = 0; i < batch.Count; i++)
            {
                optimizer.Accumulate(features[batch[i]], gradients[i], 1.0 / batch.Count);
            }

            optimizer.Step(lr * TrainingSettings.LocalStepScale);
            onStep(new StepMetrics { Step = step, TotalSteps = steps, Loss = loss / batch.Count, LearningRate = lr, KlDivergence = kl / batch.Count });
        }

        return model;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static double Softplus(double x) => x > 30 ? x : Math.Log(1 + Math.Exp(x));
}
