using System.Text.Json.Nodes;
using NovaForge.Runner.Cli;
using NovaForge.Runner.State;
using NovaForge.Runner.Tests.Samples;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Evaluation.Cli;

/// <summary>
/// <c>novaforge report</c> on a pipeline the local runtime has run: a gen_qa stage whose answers are the ticket case's
/// JSON objects, with log probabilities. The report must score the stage as the run did, with no label options.
/// </summary>
public sealed class ReportCommandTests(ReportCommandTests.RanPipeline pipeline) : IClassFixture<ReportCommandTests.RanPipeline>
{
    [Fact]
    public async Task Json_answers_are_classified_and_calibrated_as_the_run_did_without_options()
    {
        var result = await CliRunner.RunAsync(pipeline.Folder, "report", RanPipeline.File, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var stage = JsonNode.Parse(result.Output)!["stages"]![0]!;
        var reported = stage["metrics"]!.AsArray().ToDictionary(m => m!["name"]!.GetValue<string>(), m => m!["value"]!.GetValue<double>());
        var logged = pipeline.RunMetrics();
        foreach (var metric in new[] { "label_accuracy", "json_schema_adherence", "ece", "mean_confidence" })
        {
            Assert.True(reported.ContainsKey(metric), $"the report has no {metric}: {string.Join(", ", reported.Keys)}");
            Assert.Equal(logged[metric], reported[metric], 12);
        }

        var classification = stage["analysis"]!["classification"]!;
        Assert.Equal(SupportTicketSampleGenerator.Categories.Order(StringComparer.Ordinal), classification["confusion"]!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.True(reported["mean_confidence"] < 1, "confidence must come from the class value's token, not from '{'");
    }

    [Theory]
    [InlineData("md", "# tickets-eval: evaluation report")]
    [InlineData("markdown", "# tickets-eval: evaluation report")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("json", "{")]
    public async Task Every_documented_format_is_accepted(string format, string start)
    {
        var result = await CliRunner.RunAsync(pipeline.Folder, "report", RanPipeline.File, "--format", format);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith(start, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_naming_the_formats()
    {
        var result = await CliRunner.RunAsync(pipeline.Folder, "report", RanPipeline.File, "--format", "pdf");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'pdf' is not a report format: use md, html, json.", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A one-stage local pipeline on 60 generated tickets, run once for the class.</summary>
    public sealed class RanPipeline : IDisposable
    {
        public const string File = "tickets-eval.yaml";

        private const string Yaml = """
            name: tickets-eval
            model: nova-lite-2
            runtime: { kind: local }
            datasets:
              tickets:
                source: tickets.csv
                columns: { query: ticket, response: answer, metadata: [difficulty, priority] }
            stages:
              - id: baseline
                kind: eval
                dataset: tickets
                eval: { task: gen_qa, inference: { top_logprobs: 5 } }
            """;

        private readonly TemporaryDirectory directory = new();

        public RanPipeline()
        {
            directory.Write(File, Yaml.ReplaceLineEndings("\n"));
            directory.Write("tickets.csv", SupportTicketSampleGenerator.Generate(rows: 60));
            var run = CliRunner.RunAsync(Folder, "run", File).GetAwaiter().GetResult();
            Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        }

        public string Folder => directory.Path;

        /// <summary>The metrics the run logged into the state file.</summary>
        public IReadOnlyDictionary<string, double> RunMetrics()
        {
            var (state, problem) = new StateFile(Path.Combine(Folder, "tickets-eval.state.json")).Load("tickets-eval");
            Assert.True(state is not null, problem?.Message);
            return state.Stages["baseline"].Outputs!.Metrics!;
        }

        public void Dispose() => directory.Dispose();
    }
}
