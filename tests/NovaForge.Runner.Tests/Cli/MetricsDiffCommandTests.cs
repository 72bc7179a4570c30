using System.Diagnostics;
using System.Text.Json.Nodes;
using NovaForge.Runner.State;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Cli;

public sealed class MetricsDiffCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("novaforge-diff-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Two_state_files_show_what_changed_with_the_change()
    {
        Write("old.state.json", ("eval_sft", 0.772), ("eval_rft", 0.788));
        Write("new.state.json", ("eval_sft", 0.772), ("eval_rft", 0.806));

        var result = await CliRunner.RunAsync(directory, "metrics", "diff", "old.state.json", "new.state.json", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var metrics = JsonNode.Parse(result.Output)!["metrics"]!.AsArray();
        var change = Assert.Single(metrics)!;
        Assert.Equal(("eval_rft", "em"), (change["stage"]!.GetValue<string>(), change["metric"]!.GetValue<string>()));
        Assert.Equal(0.018, change["change"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task State_files_are_labelled_by_their_paths_as_given()
    {
        Directory.CreateDirectory(Path.Combine(directory, "runs"));
        Write(Path.Combine("runs", "old.state.json"), ("eval_sft", 0.70));
        Write("new.state.json", ("eval_sft", 0.75));

        var text = await CliRunner.RunAsync(directory, "metrics", "diff", "runs/old.state.json", "new.state.json");
        var json = await CliRunner.RunAsync(directory, "metrics", "diff", "runs/old.state.json", "new.state.json", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        var header = text.Output.Split('\n').First(l => l.Contains("Stage", StringComparison.Ordinal));
        Assert.Contains("runs/old.state.json", header, StringComparison.Ordinal);
        Assert.Contains("new.state.json", header, StringComparison.Ordinal);
        Assert.DoesNotContain("workspace", text.Output, StringComparison.Ordinal);
        var labels = JsonNode.Parse(json.Output)!;
        Assert.Equal(("runs/old.state.json", "new.state.json"), (labels["old"]!.GetValue<string>(), labels["new"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Git_revisions_of_a_pipelines_state_file_are_compared_with_the_workspace()
    {
        File.WriteAllText(Path.Combine(directory, "p.yaml"), "name: p\n");
        Write("p.state.json", ("eval_sft", 0.70));
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "first run");
        Write("p.state.json", ("eval_sft", 0.75));

        var result = await CliRunner.RunAsync(directory, "metrics", "diff", "p.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("eval_sft", result.Output, StringComparison.Ordinal);
        Assert.Contains("+0.05", result.Output, StringComparison.Ordinal);
        Assert.Contains("HEAD", result.Output, StringComparison.Ordinal);
        Assert.Contains("workspace", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_state_file_is_an_error_not_a_trace()
    {
        var result = await CliRunner.RunAsync(directory, "metrics", "diff", "missing.state.json", "other.state.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private void Write(string file, params (string Stage, double Em)[] stages)
    {
        var state = PipelineState.New("p");
        foreach (var (stage, em) in stages)
        {
            state = state.WithStage(stage, new StageState
            {
                Status = StageStatus.Completed,
                Fingerprint = "sha256:0",
                Inputs = new Dictionary<string, string>(),
                Outputs = new StageOutputs { Metrics = new Dictionary<string, double> { ["em"] = em, ["examples"] = 500 } },
            });
        }

        new StateFile(Path.Combine(directory, file)).Save(state, TimeProvider.System);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(start)!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
