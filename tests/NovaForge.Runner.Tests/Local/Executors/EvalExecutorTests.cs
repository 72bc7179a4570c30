using System.Text.Json;
using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Outputs;
using NovaForge.Runner.Local.Executors;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.Tests.Local.Model;
using NovaForge.Runner.Tests.Samples;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Executors;

public sealed class EvalExecutorTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalJobFixture fixture = new();

    [Fact]
    public async Task Gen_qa_output_is_the_container_layout_the_metrics_library_reads_back()
    {
        var tickets = TicketSplit.Default.Eval.Take(60).ToList();
        var request = GenQa(Train(json: false), fixture.GenQa(tickets), topLogprobs: 3);

        var outputs = await new EvalExecutor().RunAsync(fixture.Job(request).Context, default);

        var evalOutput = EvalOutput.Open(outputs.EvalOutput!);
        var results = evalOutput.ReadResults()!;
        var examples = evalOutput.Examples().ToList();
        Assert.Contains(GenQaMetricNames.ResultsTaskKey, results.Tasks.Keys);
        Assert.Equal(outputs.Metrics[GenQaMetricNames.ExactMatch], results.Primary[GenQaMetricNames.ExactMatch]);
        Assert.Single(evalOutput.DetailsFiles);
        Assert.Equal(60, examples.Count);
        Assert.Equal(
            tickets.Select(t => $"{t.Difficulty}|{t.Domain}|{t.Priority}").Order(StringComparer.Ordinal),
            examples.Select(e => JsonDocument.Parse(e.Metadata!).RootElement).Select(m => $"{m.GetProperty("difficulty").GetString()}|{m.GetProperty("domain").GetString()}|{m.GetProperty("priority").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(examples, e => Assert.InRange(Assert.Single(e.Logprobs!).Candidates.Count, 1, 3));
        Assert.True(outputs.Metrics[AnalysisMetricNames.Accuracy] > 0.7, $"accuracy {outputs.Metrics[AnalysisMetricNames.Accuracy]}");
    }

    [Fact]
    public async Task The_base_model_answers_among_the_datas_responses_at_chance()
    {
        var outputs = await new EvalExecutor().RunAsync(fixture.Job(GenQa("base", fixture.GenQa(TicketSplit.Default.Eval))).Context, default);

        Assert.InRange(outputs.Metrics[GenQaMetricNames.ExactMatch], 0.18, 0.32);
    }

    [Fact]
    public async Task A_byom_processor_adds_its_metrics_aggregated()
    {
        if (!Python.Available(output))
        {
            return;
        }

        var request = GenQa(Train(json: true), fixture.GenQa(TicketSplit.Default.Eval.Take(40), json: true)) with
        {
            Eval = Spec("gen_qa") with
            {
                Processor = new FunctionSpec { PythonFile = RepositoryPaths.InRepository("pipelines", "ticket_metrics.py"), WorkingDirectory = fixture.Folder },
                Preprocessing = true,
                Postprocessing = true,
            },
        };

        var outputs = await new EvalExecutor().RunAsync(fixture.Job(request).Context, default);

        var results = EvalOutput.Open(outputs.EvalOutput!).ReadResults()!.Primary;
        Assert.InRange(results["class_accuracy"], 0.5, 1.0);
        Assert.Equal(1.0, results["json_valid"]);
        Assert.Contains("class_accuracy_stderr", results.Keys);
        Assert.Equal(results["class_accuracy"], outputs.Metrics[AnalysisMetricNames.Accuracy], 6);
    }

    [Fact]
    public async Task The_local_judge_compares_two_stages_answers_in_both_orders()
    {
        var data = fixture.GenQa(TicketSplit.Default.Eval.Take(80));
        var baseline = await new EvalExecutor().RunAsync(fixture.Job(GenQa("base", data)).Context, default);
        var challenger = await new EvalExecutor().RunAsync(fixture.Job(GenQa(Train(json: false), data)).Context, default);
        var request = LocalJobFixture.Request("eval") with { Eval = Spec("rubric_llm_judge") with { BaselineOutput = baseline.EvalOutput, ChallengerOutput = challenger.EvalOutput } };

        var judged = await new EvalExecutor().RunAsync(fixture.Job(request).Context, default);

        var output = EvalOutput.Open(judged.EvalOutput!);
        var rows = output.Judgments();
        Assert.Equal(80, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.PreferenceAb, r.PreferenceBa));
        Assert.True(judged.Metrics["winrate"] > 0.5);
        Assert.Equal(judged.Metrics["winrate"], output.ReadResults()!.Tasks[EvalResults.AllKey]["winrate"], 6);
    }

    [Fact]
    public async Task Rft_eval_scores_the_models_answers_with_the_reward_function()
    {
        var request = LocalJobFixture.Request("eval", Train(json: false), [fixture.Rft(TicketSplit.Default.Eval.Take(50))]) with
        {
            Eval = Spec("rft_eval") with { Reward = new FunctionSpec { Builtin = "exact_label" } },
        };

        var outputs = await new EvalExecutor().RunAsync(fixture.Job(request).Context, default);

        var results = EvalOutput.Open(outputs.EvalOutput!).ReadResults()!.Primary;
        Assert.InRange(results["reward"], 0.4, 1.0);
        Assert.Equal((results["label_match"] * 2) - 1, results["reward"], 6);
    }

    [Fact]
    public async Task Benchmarks_need_nova()
    {
        var request = LocalJobFixture.Request("eval") with { Eval = Spec("mmlu") };

        var failure = await Assert.ThrowsAsync<LocalJobException>(() => new EvalExecutor().RunAsync(fixture.Job(request).Context, default));

        Assert.Contains("NF8108", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Dispose();

    private static EvalJobSpec Spec(string task, int topLogprobs = 0) => new()
    {
        Task = task,
        Strategy = task,
        Metric = "all",
        Inference = new Dictionary<string, JsonElement> { ["top_logprobs"] = JsonSerializer.SerializeToElement(topLogprobs) },
    };

    private static JobRequest GenQa(string input, PreparedData data, int topLogprobs = 0) =>
        LocalJobFixture.Request("eval", input, [data]) with { Eval = Spec("gen_qa", topLogprobs) };

    /// <summary>A checkpoint trained on the SFT tickets (labels, or the JSON answers).</summary>
    private string Train(bool json)
    {
        var system = json ? SupportTicketSampleGenerator.JsonSystemPrompt : SupportTicketSampleGenerator.SystemPrompt;
        var model = SftTrainer.Train(LocalModel.Base, [.. TicketSplit.Default.Sft.Select(t => new SupervisedExample(new Prompt(system, t.Ticket), json ? t.Answer : t.Category))], new TrainingSettings { MaxSteps = 60, GlobalBatchSize = 32 }, _ => { }, null, default);
        var path = Path.Combine(fixture.Folder, json ? "json-model" : "label-model");
        Checkpoint.Save(model, path, "nova-lite-2");
        return path;
    }
}
