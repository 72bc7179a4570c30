using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Tests.Samples;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Local.Model;

/// <summary>The bar of the example pipeline, at library level: base at chance, SFT far above, RFT no worse than SFT by more than a point.</summary>
public sealed class LocalModelLearningTests(ITestOutputHelper output)
{
    private static readonly TrainingSettings Sft = new() { LearningRate = 1e-5, WarmupSteps = 10, MaxSteps = 100, GlobalBatchSize = 32, Seed = 42 };
    private static readonly TrainingSettings Rft = new() { LearningRate = 1e-5, MaxSteps = 40, GlobalBatchSize = 64, Seed = 42 };
    private static readonly RolloutSettings Rollout = new() { NumberGeneration = 4, Temperature = 1, TopK = 5, MaxNewTokens = 50, KlCoefficient = 0.02, EntropyCoefficient = 0.01 };

    [Fact]
    public async Task Base_sits_at_chance_sft_learns_and_rft_keeps_or_improves()
    {
        var split = TicketSplit.Default;

        var baseline = Accuracy(LocalModel.Base, split.Eval);
        var sft = TrainSft(split);
        var sftAccuracy = Accuracy(sft, split.Eval);
        var rft = await TrainRftAsync(sft, split);
        var rftAccuracy = Accuracy(rft, split.Eval);

        output.WriteLine($"accuracy on {split.Eval.Count} held-out tickets: base {baseline:P1}, SFT {sftAccuracy:P1}, RFT {rftAccuracy:P1}");
        Assert.InRange(baseline, 0.20, 0.30);
        Assert.True(sftAccuracy >= 0.85, $"SFT reached only {sftAccuracy:P1}");
        Assert.True(rftAccuracy >= sftAccuracy - 0.01, $"RFT {rftAccuracy:P1} fell more than a point below SFT {sftAccuracy:P1}");
    }

    [Fact]
    public async Task Training_is_deterministic_for_a_seed_and_changes_with_it()
    {
        var split = TicketSplit.Default;
        using var directory = new TemporaryDirectory();

        var first = await TrainRftAsync(TrainSft(split), split);
        var second = await TrainRftAsync(TrainSft(split), split);
        var reseeded = TrainSft(split, seed: 7);
        Checkpoint.Save(first, Path.Combine(directory.Path, "a"), "nova-lite-2");
        Checkpoint.Save(second, Path.Combine(directory.Path, "b"), "nova-lite-2");
        Checkpoint.Save(reseeded, Path.Combine(directory.Path, "c"), "nova-lite-2");

        var weights = (string name) => File.ReadAllBytes(Path.Combine(directory.Path, name, Checkpoint.WeightsFileName));
        Assert.Equal(weights("a"), weights("b"));
        Assert.Equal(File.ReadAllText(Path.Combine(directory.Path, "a", Checkpoint.ManifestFileName)), File.ReadAllText(Path.Combine(directory.Path, "b", Checkpoint.ManifestFileName)));
        Assert.NotEqual(weights("a"), weights("c"));
    }

    private static LocalModel TrainSft(TicketSplit split, int seed = 42) =>
        SftTrainer.Train(LocalModel.Base, [.. split.Sft.Select(t => new SupervisedExample(TicketSplit.PromptOf(t), t.Category))], Sft with { Seed = seed }, _ => { }, null, default);

    private static Task<LocalModel> TrainRftAsync(LocalModel start, TicketSplit split)
    {
        var rows = split.Rft;
        RewardCallback reward = (rollouts, _) => Task.FromResult<IReadOnlyList<double>>([.. rollouts.Select(r => r.Response == rows[r.Row].Category ? 1.0 : -1.0)]);
        return GrpoTrainer.TrainAsync(start, [.. rows.Select(TicketSplit.PromptOf)], [.. rows.Select(t => t.Category)], reward, Rft, Rollout, _ => { }, null, default);
    }

    private static double Accuracy(LocalModel model, IReadOnlyList<SupportTicket> tickets)
    {
        var candidates = ResponseVocabulary.Build(tickets.Select(t => t.Category));
        return tickets.Count(t => Decoder.Answer(model, TicketSplit.PromptOf(t), new DecodingOptions(), candidates).Text == t.Category) / (double)tickets.Count;
    }
}
