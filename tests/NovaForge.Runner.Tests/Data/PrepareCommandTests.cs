using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Data;

/// <summary><c>novaforge prepare</c> in-process: outputs with their hashes, located data errors, usage errors.</summary>
public sealed class PrepareCommandTests : IDisposable
{
    private const string Pipeline = """
        name: demo
        model: nova-lite-2
        datasets:
          questions:
            source: q.csv
            columns: { query: Body, response: Y, system: system }
            split: { sft: 2, eval: 1 }
        stages:
          - id: sft
            kind: sft
            dataset: questions.sft
          - id: baseline
            kind: eval
            eval: { task: gen_qa }
            dataset: questions.eval
        """;

    private readonly DataWorkspace workspace = new();

    public PrepareCommandTests() => workspace.Write("pipeline.yaml", Pipeline);

    [Fact]
    public async Task Prepares_every_stage_and_prints_rows_bytes_and_sha256()
    {
        workspace.Write("q.csv", "Body,Y,system\n\"a, b\",HQ,s\nc,LQ_EDIT,s\nd,LQ_CLOSE,s\n");

        var result = await CliRunner.RunAsync(workspace.Directory, "prepare", "pipeline.yaml");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^sft: sft, 2 rows, \d+ bytes, sha256 [0-9a-f]{64} -> \.novaforge/prepared/sft\.jsonl$", lines[0]);
        Assert.StartsWith("baseline: eval (gen_qa), 1 rows", lines[1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Directory, ".novaforge", "prepared", "baseline.jsonl")));
        Assert.True(File.Exists(Path.Combine(workspace.Directory, ".novaforge", "cache", "hashes.json")));
    }

    [Fact]
    public async Task Data_errors_are_printed_with_their_location_and_exit_1()
    {
        workspace.Write("q.csv", "Body,Y,system\na,HQ,s\nb,HQ\nc,HQ,s\n");

        var result = await CliRunner.RunAsync(workspace.Directory, "prepare", "pipeline.yaml", "--stage", "sft");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("q.csv(3,5): error NF5006: row 2 has 2 fields; the header has 3", result.Output, StringComparison.Ordinal);
        Assert.Contains("sft: sft, not prepared: 1 error(s)", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(workspace.Directory, ".novaforge", "prepared")) && Directory.EnumerateFiles(Path.Combine(workspace.Directory, ".novaforge", "prepared")).Any());
    }

    [Fact]
    public async Task The_summary_counts_every_error_not_only_the_ones_listed()
    {
        workspace.Write("all.yaml", "name: all\nmodel: nova-lite-2\ndatasets:\n  questions: { source: q.csv, columns: { query: Body, response: Y } }\nstages:\n  - { id: sft, kind: sft, dataset: questions }\n");
        workspace.Write("q.csv", "Body,Y\n" + string.Concat(Enumerable.Repeat("a,\n", 50)) + "b,HQ\n");

        var result = await CliRunner.RunAsync(workspace.Directory, "prepare", "all.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NF5052: 30 more data problems not listed (50 in all)", result.Output, StringComparison.Ordinal);
        Assert.Contains("sft: sft, not prepared: 50 error(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dataset_is_prepared_in_the_kind_asked_for_into_the_folder_given()
    {
        workspace.Write("q.csv", "Body,Y,system\na,HQ,s\nc,LQ_EDIT,s\nd,LQ_CLOSE,s\n");

        var result = await CliRunner.RunAsync(workspace.Directory, "prepare", "pipeline.yaml", "--dataset", "questions", "--kind", "cpt", "--out", "prepared", "--set", "datasets.questions.columns.text=Body");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"text\":\"a\"}\n{\"text\":\"c\"}\n{\"text\":\"d\"}\n", File.ReadAllText(Path.Combine(workspace.Directory, "prepared", "questions.cpt.jsonl")));
    }

    [Theory]
    [InlineData("--dataset", "questions")]
    [InlineData("--stage", "sft", "--dataset", "questions", "--kind", "sft")]
    public async Task Inconsistent_targets_are_usage_errors(params string[] arguments)
    {
        var result = await CliRunner.RunAsync(workspace.Directory, ["prepare", "pipeline.yaml", .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("novaforge: error:", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();
}
