using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Local.Model.Training;

/// <summary>
/// Reinforcement fine-tuning by group-relative policy optimization. Per prompt, number_generation responses are sampled
/// at the rollout temperature and top-k; the reward function scores them; each response's advantage is its reward
/// minus its group's mean (no division by the group's spread, which would inflate near-ties); the loss is
///   -(1/G) sum_i A_i log pi(y_i) + kl_loss_coef * KL(pi || pi_start) - ent_coeff * H(pi)
/// over the full softmax policy, minimized by mini-batch gradient descent with the recipe's schedule.
/// </summary>
public static class GrpoTrainer
{
    public static async Task<LocalModel> TrainAsync(
        LocalModel start,
        IReadOnlyList<Prompt> prompts,
        IReadOnlyList<string> references,
        RewardCallback reward,
        TrainingSettings settings,
        RolloutSettings rollout,
        Action<StepMetrics> onStep,
        CancellationToken cancellation)
    {
        if (prompts.Count == 0)
        {
            throw new ArgumentException("RFT needs at least one prompt", nameof(prompts));
        }

        // A model that never learned a vocabulary starts from its data's reference answers, uniformly.
        var model = start.IsTrained ? start.Clone() : start.WithResponses(references);
        var scorer = model.Scorer!;
        var reference = scorer.Clone();
        var features = prompts.Select(model.Features).ToArray();
        var steps = settings.Steps(prompts.Count);
        var schedule = settings.Schedule(steps);
        var optimizer = new AdamOptimizer(scorer, settings.AdamBeta1, settings.AdamBeta2);
        var sampler = new BatchSampler(prompts.Count, settings.Seed);
        var random = new Random(settings.Seed);
        var generations = Math.Max(1, rollout.NumberGeneration);
        for (var step = 1; step <= steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = sampler.Next(settings.GlobalBatchSize);
            var logits = batch.Select(row => scorer.Logits(features[row])).ToArray();
            var samples = new int[batch.Count][];
            var rollouts = new List<Rollout>(batch.Count * generations);
            for (var i = 0; i < batch.Count; i++)
            {
                var sampling = PolicyMath.Sampling(logits[i], rollout.Temperature, rollout.TopK);
                samples[i] = new int[generations];
                for (var g = 0; g < generations; g++)
                {
                    samples[i][g] = PolicyMath.Sample(sampling, random);
                    rollouts.Add(new Rollout(batch[i], g, Truncate(model.Vocabulary.Tokens(samples[i][g]), rollout.MaxNewTokens)));
                }
            }

            var rewards = await reward(rollouts, cancellation);
            if (rewards.Count != rollouts.Count)
            {
                throw new InvalidOperationException($"the reward callback returned {rewards.Count} rewards for {rollouts.Count} rollouts");
            }

            var gradients = new double[batch.Count][];
            double loss = 0, kl = 0, entropy = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var groupRewards = rewards.Skip(i * generations).Take(generations).ToList();
                var referenceLogProbabilities = PolicyMath.LogSoftmax(reference.Logits(features[batch[i]]));
                var group = Gradient(logits[i], referenceLogProbabilities, samples[i], groupRewards, rollout.KlCoefficient, rollout.EntropyCoefficient);
                gradients[i] = [.. group.Gradient];
                loss += group.Loss;
                kl += group.Kl;
                entropy += group.Entropy;
            }

            var lr = schedule.At(step);
            for (var i = 0; i < batch.Count; i++)
            {
                optimizer.Accumulate(features[batch[i]], gradients[i], 1.0 / batch.Count);
            }

            optimizer.Step(lr * TrainingSettings.LocalStepScale);
            var mean = rewards.Average();
            onStep(new StepMetrics
            {
                Step = step,
                TotalSteps = steps,
                Loss = loss / batch.Count,
                LearningRate = lr,
                RewardMean = mean,
                RewardStd = Math.Sqrt(rewards.Average(r => (r - mean) * (r - mean))),
                KlDivergence = kl / batch.Count,
                Entropy = entropy / batch.Count,
            });
        }

        return model;
    }

    /// <summary>
    /// One prompt's loss and its gradient with respect to the logits z (pi = softmax(z), rho = the starting policy):
    ///   dL/dz_k = -(1/G) sum_i A_i ([y_i = k] - pi_k) + kl_loss_coef * pi_k (log pi_k - log rho_k - KL) + ent_coeff * pi_k (log pi_k + H).
    /// </summary>
    public static GroupGradient Gradient(
        IReadOnlyList<double> logits,
        IReadOnlyList<double> referenceLogProbabilities,
        IReadOnlyList<int> samples,
        IReadOnlyList<double> rewards,
        double klCoefficient,
        double entropyCoefficient)
    {
        var logP = PolicyMath.LogSoftmax(logits);
        var p = logP.Select(Math.Exp).ToArray();
        var kl = PolicyMath.Kl(p, logP, referenceLogProbabilities);
        var entropy = PolicyMath.Entropy(p, logP);
        var mean = rewards.Average();
        var g = samples.Count;
        var gradient = new double[logits.Count];
        double policyLoss = 0;
        for (var i = 0; i < g; i++)
        {
            var advantage = rewards[i] - mean;
            policyLoss -= advantage * logP[samples[i]] / g;
            gradient[samples[i]] -= advantage / g;
            for (var k = 0; k < gradient.Length; k++)
            {
                gradient[k] += advantage * p[k] / g;
            }
        }

        for (var k = 0; k < gradient.Length; k++)
        {
            gradient[k] += klCoefficient * p[k] * (logP[k] - referenceLogProbabilities[k] - kl);
            gradient[k] += entropyCoefficient * p[k] * (logP[k] + entropy);
        }

        return new GroupGradient(gradient, policyLoss + (klCoefficient * kl) - (entropyCoefficient * entropy), kl, entropy);
    }

    private static string Truncate(IReadOnlyList<string> tokens, int? maxNewTokens) =>
        string.Concat(maxNewTokens is { } max && max >= 0 ? tokens.Take(max) : tokens);
}
