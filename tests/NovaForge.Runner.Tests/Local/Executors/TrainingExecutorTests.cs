using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Endpoints;
using NovaForge.Runner.Local.Executors;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.Tests.Local.Model;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;

namespace NovaForge.Runner.Tests.Local.Executors;

public sealed class TrainingExecutorTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalJobFixture fixture = new();

    [Fact]
    public void The_registry_has_one_executor_per_kind()
    {
        foreach (var kind in new[] { "sft", "dpo", "rft", "cpt", "eval", "deploy" })
        {
            Assert.Single(LocalExecutors.All, e => e.CanRun(LocalJobFixture.Request(kind)));
        }
    }

    [Fact]
    public async Task Sft_then_rft_then_deploy_give_a_checkpoint_and_an_endpoint()
    {
        var split = TicketSplit.Default;
        var sftRequest = LocalJobFixture.Request("sft", data: [fixture.Sft(split.Sft.Take(320))]) with { Parameters = Parameters(("lr", 1e-5), ("max_steps", 30), ("global_batch_size", 32), ("warmup_steps", 5), ("save_steps", 10)) };
        var (sftJob, sftLog) = fixture.Job(sftRequest);

        var sft = await new SftExecutor().RunAsync(sftJob, default);
        var rftRequest = LocalJobFixture.Request("rft", sft.Checkpoint!, [fixture.Rft(split.Rft.Take(128))]) with
        {
            Reward = new FunctionSpec { Builtin = "exact_label" },
            Parameters = Parameters(("lr", 1e-5), ("max_steps", 5), ("global_batch_size", 16), ("number_generation", 4), ("kl_loss_coef", 0.02), ("ent_coeff", 0.01)),
        };
        var (rftJob, rftLog) = fixture.Job(rftRequest);
        var rft = await new RftExecutor().RunAsync(rftJob, default);
        var deployRequest = LocalJobFixture.Request("deploy", rft.Checkpoint!) with { Deploy = new DeployJobSpec { EndpointName = "tickets", Target = "sagemaker", InstanceType = "ml.p5.48xlarge", InstanceCount = 1 } };
        var deploy = await new DeployExecutor().RunAsync(fixture.Job(deployRequest).Context, default);

        Assert.True(Checkpoint.Exists(sft.Checkpoint!));
        Assert.Equal(["step-10", "step-20"], Directory.GetDirectories(Path.Combine(sftJob.OutputDirectory, "checkpoints")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(10, Checkpoint.ReadManifest(Path.Combine(sftJob.OutputDirectory, "checkpoints", "step-10")).History.Single().Steps);
        Assert.Equal(30, sftLog.Steps.Count);
        Assert.True(sft.Metrics["train_loss"] < sftLog.Steps[0].Loss);
        Assert.Contains(sftLog.Lines, l => l.Contains("NovaForge local model (not Nova)", StringComparison.Ordinal) && l.Contains("nova-lite-2", StringComparison.Ordinal));
        Assert.Contains(sftLog.Lines, l => l.Contains("ml.p5.48xlarge x 4 is ignored", StringComparison.Ordinal));
        Assert.Equal(5, rftLog.Steps.Count);
        Assert.All(rftLog.Steps, s => Assert.NotNull(s.RewardMean));
        Assert.Contains("reward_mean", rft.Metrics.Keys);
        Assert.Equal(["sft", "rft"], Checkpoint.ReadManifest(rft.Checkpoint!).History.Select(h => h.Kind));
        Assert.Equal("tickets", deploy.Endpoint);
        var endpoint = LocalEndpoints.Read(fixture.Store, "tickets")!;
        Assert.Equal("novaforge-local:rft", endpoint.ModelId);
        Assert.Equal(Path.GetFullPath(rft.Checkpoint!), endpoint.Checkpoint);
        Assert.Equal("tickets", endpoint.Pipeline);
    }

    [Fact]
    public async Task A_reward_function_that_raises_fails_the_job_naming_the_sample()
    {
        if (!Python.Available(output))
        {
            return;
        }

        var file = Path.Combine(fixture.Folder, "reward.py");
        await File.WriteAllTextAsync(file, "def lambda_handler(event, context):\n    raise RuntimeError('reward service down')\n");
        var request = LocalJobFixture.Request("rft", data: [fixture.Rft(TicketSplit.Default.Rft.Take(8))]) with
        {
            Reward = new FunctionSpec { PythonFile = file, WorkingDirectory = fixture.Folder },
            Parameters = Parameters(("max_steps", 2), ("global_batch_size", 4)),
        };

        var failure = await Assert.ThrowsAsync<LocalJobException>(() => new RftExecutor().RunAsync(fixture.Job(request).Context, default));

        Assert.Contains("NF8004", failure.Message, StringComparison.Ordinal);
        Assert.Contains("RuntimeError: reward service down", failure.Message, StringComparison.Ordinal);
        Assert.Contains("(sample 'TCK-", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dpo_and_cpt_jobs_train_from_their_row_formats()
    {
        var pairs = fixture.Write("train", "dpo", Enumerable.Range(0, 32).Select(i => new JsonObject
        {
            ["system"] = new JsonArray(new JsonObject { ["text"] = "Be polite." }),
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "user", ["content"] = new JsonArray(new JsonObject { ["text"] = $"request {i}" }) },
                new JsonObject
                {
                    ["role"] = "assistant",
                    ["candidates"] = new JsonArray(
                        new JsonObject { ["content"] = new JsonArray(new JsonObject { ["text"] = "Happy to help." }), ["preferenceLabel"] = "preferred" },
                        new JsonObject { ["content"] = new JsonArray(new JsonObject { ["text"] = "Go away." }), ["preferenceLabel"] = "non-preferred" }),
                }),
        }));
        var texts = fixture.Write("train", "cpt", TicketSplit.Default.Sft.Take(64).Select(t => new JsonObject { ["text"] = t.Ticket }));

        var cpt = await new CptExecutor().RunAsync(fixture.Job(LocalJobFixture.Request("cpt", data: [texts]) with { Parameters = Parameters(("max_steps", 4), ("global_batch_size", 16)) }).Context, default);
        var (dpoJob, dpoLog) = fixture.Job(LocalJobFixture.Request("dpo", cpt.Checkpoint!, [pairs]) with { Parameters = Parameters(("max_steps", 20), ("global_batch_size", 8), ("beta", 0.1)) });
        var dpo = await new DpoExecutor().RunAsync(dpoJob, default);

        var model = Checkpoint.Load(dpo.Checkpoint!);
        Assert.NotNull(model.Statistics);
        Assert.Equal("Happy to help.", Decoder.Answer(model, new Prompt("Be polite.", "request 3"), new DecodingOptions()).Text);
        Assert.Equal(20, dpoLog.Steps.Count);
    }

    [Fact]
    public async Task A_stop_request_ends_training_promptly()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var request = LocalJobFixture.Request("sft", data: [fixture.Sft(TicketSplit.Default.Sft.Take(64))]) with { Parameters = Parameters(("max_steps", 100000)) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SftExecutor().RunAsync(fixture.Job(request).Context, stop.Token));
    }

    [Fact]
    public async Task A_missing_input_checkpoint_fails_with_a_reason()
    {
        var request = LocalJobFixture.Request("sft", Path.Combine(fixture.Folder, "nowhere"), [fixture.Sft(TicketSplit.Default.Sft.Take(8))]);

        var failure = await Assert.ThrowsAsync<LocalJobException>(() => new SftExecutor().RunAsync(fixture.Job(request).Context, default));

        Assert.Contains("NF8102", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Dispose();

    private static Dictionary<string, JsonElement> Parameters(params (string Name, double Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal);
}
