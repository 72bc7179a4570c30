using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;

namespace NovaForge.Runner.Tests.Local.Model;

public sealed class GrpoTrainerTests
{
    [Fact]
    public void Policy_gradient_uses_advantages_relative_to_the_group_mean()
    {
        // Two responses at p = (0.5, 0.5); samples 0, 0, 1, 1 rewarded +1, +1, -1, -1: advantages +1, +1, -1, -1.
        // dL/dz_0 = -(1/4) * [1*(1-.5) + 1*(1-.5) + (-1)*(0-.5) + (-1)*(0-.5)] = -0.5, and +0.5 for response 1.
        // The policy equals the reference (KL 0), and at a uniform policy the entropy term's gradient is 0.
        var uniform = PolicyMath.LogSoftmax([0.0, 0.0]);

        var group = GrpoTrainer.Gradient([0.0, 0.0], uniform, [0, 0, 1, 1], [1.0, 1.0, -1.0, -1.0], klCoefficient: 0.02, entropyCoefficient: 0.1);

        Assert.Equal(-0.5, group.Gradient[0], 12);
        Assert.Equal(0.5, group.Gradient[1], 12);
        Assert.Equal(0.0, group.Kl, 12);
        Assert.Equal(Math.Log(2), group.Entropy, 12);
        Assert.Equal(-0.1 * Math.Log(2), group.Loss, 12); // the policy term is 0: sum_i A_i log(0.5) = 0
    }

    [Fact]
    public void Kl_penalty_pulls_the_policy_back_to_the_reference()
    {
        // p = (0.75, 0.25), reference uniform, equal rewards (no advantage):
        // KL = .75 ln 1.5 + .25 ln .5 = 0.130812; dL/dz_k = p_k (ln p_k - ln rho_k - KL) = +0.205990, -0.205990.
        var group = GrpoTrainer.Gradient([Math.Log(3), 0.0], PolicyMath.LogSoftmax([0.0, 0.0]), [0, 1], [1.0, 1.0], klCoefficient: 1, entropyCoefficient: 0);

        Assert.Equal(0.130812, group.Kl, 6);
        Assert.Equal(0.205990, group.Gradient[0], 6);
        Assert.Equal(-0.205990, group.Gradient[1], 6);
        Assert.Equal(0.130812, group.Loss, 6);
    }

    [Fact]
    public void Gradient_matches_finite_differences_of_the_loss()
    {
        double[] logits = [0.3, -1.2, 0.8, 0.1];
        var reference = PolicyMath.LogSoftmax([0.5, 0.0, -0.4, 0.2]);
        int[] samples = [2, 0, 2, 3, 1];
        double[] rewards = [1.0, -0.5, 0.7, -1.0, 0.2];

        var analytic = GrpoTrainer.Gradient(logits, reference, samples, rewards, 0.05, 0.01).Gradient;

        for (var k = 0; k < logits.Length; k++)
        {
            const double h = 1e-6;
            var plus = (double[])logits.Clone();
            var minus = (double[])logits.Clone();
            plus[k] += h;
            minus[k] -= h;
            var numeric = (GrpoTrainer.Gradient(plus, reference, samples, rewards, 0.05, 0.01).Loss - GrpoTrainer.Gradient(minus, reference, samples, rewards, 0.05, 0.01).Loss) / (2 * h);
            Assert.Equal(numeric, analytic[k], 6);
        }
    }

    [Fact]
    public async Task Rewarded_responses_become_more_likely()
    {
        var prompts = Enumerable.Range(0, 8).Select(i => new Prompt("sys", $"ticket {i}")).ToList();
        RewardCallback reward = (rollouts, _) => Task.FromResult<IReadOnlyList<double>>([.. rollouts.Select(r => r.Response == "yes" ? 1.0 : 0.0)]);
        var steps = new List<Runtimes.StepMetrics>();

        var model = await GrpoTrainer.TrainAsync(LocalModel.Base, prompts, ["yes", "no"], reward, new TrainingSettings { MaxSteps = 20, GlobalBatchSize = 8 }, new RolloutSettings { NumberGeneration = 4 }, steps.Add, null, default);

        Assert.All(prompts, p => Assert.Equal("yes", Decoder.Answer(model, p, new DecodingOptions()).Text));
        Assert.True(steps[^1].RewardMean > steps[0].RewardMean);
        Assert.Equal(20, steps.Count);
        Assert.All(steps, s => Assert.NotNull(s.KlDivergence));
    }
}
