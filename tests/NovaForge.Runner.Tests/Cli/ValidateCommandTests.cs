using System.Text.Json.Nodes;
using NovaForge.Runner.Cli;
using NovaForge.Runner.Tests.Support;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Cli;

/// <summary><c>novaforge validate</c> as a user runs it: output, exit codes and usage errors, in-process.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Corpus = RepositoryPaths.InRepository("tests", "NovaForge.Schema.Tests", "Corpus");
    private static readonly string GoldenFolder = RepositoryPaths.InRepository("tests", "NovaForge.Runner.Tests", "Cli", "Golden");

    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task The_invalid_corpus_in_one_call_prints_located_diagnostics_with_their_source_lines()
    {
        var files = Directory.GetFiles(Path.Combine(Corpus, "invalid"), "*.yaml").Select(f => Path.Combine("invalid", Path.GetFileName(f))).Order(StringComparer.Ordinal).ToArray();

        var result = await CliRunner.RunAsync(Corpus, ["validate", .. files]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
        Golden.AssertMatches(Path.Combine(GoldenFolder, "validate-corpus.txt"), result.Output);
    }

    [Fact]
    public async Task Json_output_reports_each_file_with_its_diagnostics()
    {
        var result = await CliRunner.RunAsync(Corpus, "validate", "invalid/unknown-keys.yaml", "invalid/tabs.yaml", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var files = JsonNode.Parse(result.Output)!.AsArray();
        Assert.Equal(["invalid/unknown-keys.yaml", "invalid/tabs.yaml"], files.Select(f => f!["file"]!.GetValue<string>()));
        Assert.All(files, f => Assert.False(f!["valid"]!.GetValue<bool>()));
        var tab = files[1]!["diagnostics"]!.AsArray()[0]!;
        Assert.Equal(("NF0004", 5, 1), (tab["code"]!.GetValue<string>(), tab["line"]!.GetValue<int>(), tab["column"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Every_example_pipeline_is_valid_and_exits_zero()
    {
        var examples = Directory.GetFiles(RepositoryPaths.InRepository("pipelines"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        var result = await CliRunner.RunAsync(RepositoryPaths.InRepository("pipelines"), ["validate", .. examples!]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.EndsWith($"{examples.Length} pipelines valid.\n", result.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "validate", "pipeline.yaml", "--bogus")]
    [InlineData("unknown option '--frmat'", "validate", "pipeline.yaml", "--frmat", "json")]
    [InlineData("Required argument missing for option: '--set'", "validate", "pipeline.yaml", "--set")]
    [InlineData("--set 'garbage': expected PATH=VALUE", "validate", "pipeline.yaml", "--set", "garbage")]
    [InlineData("--set 'a..b=1': 'a..b' is not a path", "validate", "pipeline.yaml", "--set", "a..b=1")]
    [InlineData("Required argument 'files' missing for command: 'validate'", "validate")]
    [InlineData("unknown option '-x'", "plan", "-x")]
    public async Task Usage_errors_exit_two_and_say_what_is_wrong(string message, params string[] args)
    {
        directory.Write("pipeline.yaml", "name: x\n");

        var result = await CliRunner.RunAsync(directory.Path, args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_with_spaces_that_begins_with_a_dash_is_not_taken_for_an_option()
    {
        directory.Write("pipeline.yaml", "name: x\n");

        var result = await CliRunner.RunAsync(directory.Path, "invoke", "pipeline.yaml", "-urgent- the printer is broken");

        Assert.NotEqual(ExitCodes.Usage, result.ExitCode);
        Assert.DoesNotContain("unknown option", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_after_double_dash_may_begin_with_a_dash()
    {
        File.Copy(RepositoryPaths.InRepository("pipelines", "support-tickets-eval.yaml"), Path.Combine(directory.Path, "-odd.yaml"));

        var result = await CliRunner.RunAsync(directory.Path, "validate", "--", "-odd.yaml");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("-odd.yaml(", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_set_path_that_leads_nowhere_is_located_in_the_pipeline()
    {
        directory.Write("pipeline.yaml", "name: x\nmodel: nova-lite-2\nstages:\n  - id: a\n    kind: eval\n    eval: { task: mmlu }\n");

        var result = await CliRunner.RunAsync(directory.Path, "validate", "pipeline.yaml", "--set", "stages.a.eval.task.deeper=1");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("pipeline.yaml(6,19): error NF2004: --set 'stages.a.eval.task.deeper=1'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_may_use_each_other_but_not_in_a_cycle()
    {
        const string Pipeline = """
            name: x
            model: nova-lite-2
            vars:
              full: "${{ vars.prefix }}-${{ vars.name }}"
              prefix: team
              name: ${{ vars.subject }}
              subject: abstract_algebra
              a: ${{ vars.b }}
              b: ${{ vars.a }}
            stages:
              - id: a
                kind: eval
                description: ${{ vars.full }}
                eval: { task: mmlu, subtask: "${{ vars.subject }}" }

            """;
        directory.Write("pipeline.yaml", Pipeline);

        var result = await CliRunner.RunAsync(directory.Path, "validate", "pipeline.yaml", "--format", "json");

        var diagnostic = Assert.Single(JsonNode.Parse(result.Output)!.AsArray()[0]!["diagnostics"]!.AsArray())!;
        Assert.Equal("NF2006", diagnostic["code"]!.GetValue<string>());
        Assert.Contains("vars.a -> vars.b -> vars.a", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_that_never_ends_is_refused_by_size()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var result = await CliRunner.RunAsync(directory.Path, "validate", "/dev/zero");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("/dev/zero(1,1): error NF0008: the pipeline file is larger than the limit of 1,048,576 bytes", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_writes_a_starter_pipeline_that_validates()
    {
        var init = await CliRunner.RunAsync(directory.Path, "init", "starter");
        var files = Directory.GetFiles(Path.Combine(directory.Path, "starter"), "*.yaml");

        var result = await CliRunner.RunAsync(Path.Combine(directory.Path, "starter"), ["validate", .. files]);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.StartsWith("# ", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("warning", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_prints_the_committed_schema()
    {
        var result = await CliRunner.RunAsync(directory.Path, "schema");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(File.ReadAllText(RepositoryPaths.InRepository("schemas", "pipeline.schema.json")).ReplaceLineEndings("\n").TrimEnd(), result.Output.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public async Task Version_prints_the_informational_version()
    {
        var result = await CliRunner.RunAsync(directory.Path, "--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }
}
