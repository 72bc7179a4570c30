using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Model;

public sealed class CheckpointTests
{
    [Fact]
    public void A_checkpoint_names_the_model_honestly_and_loads_back_to_the_same_answers()
    {
        using var directory = new TemporaryDirectory();
        var examples = new[] { ("my laptop will not charge", "hardware"), ("excel crashes on open", "software"), ("vpn keeps dropping", "network"), ("forgot my password", "access") }
            .Select(e => new SupervisedExample(new Prompt("triage", e.Item1), e.Item2)).ToList();
        var statistics = CptTrainer.Train(LocalModel.Base, ["the laptop battery", "vpn and wifi"], new TrainingSettings { MaxSteps = 1, GlobalBatchSize = 2 }, _ => { }, null, default);
        var model = SftTrainer.Train(statistics, examples, new TrainingSettings { MaxSteps = 30, GlobalBatchSize = 4 }, _ => { }, null, default)
            .WithHistory(new TrainingRecord("sft", "sft", 30, 42));
        var path = Path.Combine(directory.Path, "checkpoint");

        Checkpoint.Save(model, path, "nova-lite-2");
        var manifest = Checkpoint.ReadManifest(path);
        var loaded = Checkpoint.Load(path);

        Assert.Equal("NovaForge local model (not Nova)", manifest.ModelName);
        Assert.Equal("nova-lite-2", manifest.InPlaceOf);
        Assert.Equal(["hardware", "software", "network", "access"], manifest.Responses);
        Assert.True(manifest.HasFeatureStatistics);
        Assert.Equal("triage", manifest.DefaultSystemPrompt);
        Assert.All(examples, e => Assert.Equal(e.Response, Decoder.Answer(loaded, e.Prompt, new DecodingOptions()).Text));
        Assert.Equal(model.Logits(model.Features(examples[0].Prompt)), loaded.Logits(loaded.Features(examples[0].Prompt)));
    }

    [Fact]
    public void A_damaged_weights_file_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "checkpoint");
        Checkpoint.Save(SftTrainer.Train(LocalModel.Base, [new SupervisedExample(new Prompt(null, "q"), "a")], new TrainingSettings { MaxSteps = 1 }, _ => { }, null, default), path, null);
        var weights = Path.Combine(path, Checkpoint.WeightsFileName);
        var bytes = File.ReadAllBytes(weights);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(weights, bytes);

        var (model, problem) = Checkpoint.TryLoad(path);

        Assert.Null(model);
        Assert.Equal("NF8102", problem!.Code);
    }

    [Fact]
    public void Continued_pretraining_learns_word_statistics_and_its_loss_falls()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"the vpn gateway dropped the tunnel again at site {i % 4}").ToList();
        var steps = new List<Runtimes.StepMetrics>();

        var model = CptTrainer.Train(LocalModel.Base, texts, new TrainingSettings { MaxSteps = 8, GlobalBatchSize = 8 }, steps.Add, null, default);

        Assert.True(steps[^1].Loss < steps[0].Loss);
        Assert.True(model.Statistics!.Weight(FeatureHasher.WordIndex("vpn")) < model.Statistics.Weight(FeatureHasher.WordIndex("printer")));
    }

    [Fact]
    public void Dpo_prefers_the_chosen_response()
    {
        var pairs = Enumerable.Range(0, 16).Select(i => new PreferencePair(new Prompt(null, $"question {i}"), "polite answer", "rude answer")).ToList();

        var model = DpoTrainer.Train(LocalModel.Base, pairs, new TrainingSettings { MaxSteps = 20, GlobalBatchSize = 8 }, beta: 0.1, _ => { }, null, default);

        Assert.All(pairs, p => Assert.Equal("polite answer", Decoder.Answer(model, p.Prompt, new DecodingOptions()).Text));
    }
}
