using NovaForge.Runner.Cli;
using NovaForge.Runner.Tests.Support;
using Xunit.Abstractions;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Cli;

public sealed class RewardTestCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    [Fact]
    public async Task The_builtin_reward_is_tested_on_the_stages_rows()
    {
        Copy("support-tickets.yaml", Path.Combine("data", "support-tickets.csv"));

        var result = await CliRunner.RunAsync(directory.Path, "reward", "test", "support-tickets.yaml", "rft", "-n", "5");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Reward test: exact_label on 5 rows of stage 'rft' (dataset tickets.rft).", result.Output, StringComparison.Ordinal);
        Assert.Contains("  reference       5     1.000     0.000     1.000     1.000", result.Output, StringComparison.Ordinal);
        Assert.Contains("  wrong           5    -1.000     0.000    -1.000    -1.000", result.Output, StringComparison.Ordinal);
        Assert.Contains("   1.000 | ############################## 5", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.EnumerateFiles(Path.Combine(directory.Path, ".novaforge", "cache"), "reward-test-*").Any(), "the scratch rows are deleted");
    }

    [Fact]
    public async Task The_case_studys_python_reward_runs_locally()
    {
        if (!Python.Available(output))
        {
            return;
        }

        Copy("stack-overflow-quality.yaml", "reward_function.py", Path.Combine("data", "stack-overflow-questions.csv"));
        var environment = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH")!, ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "/" };

        var result = await CliRunner.RunAsync(directory.Path, environment, "reward", "test", "stack-overflow-quality.yaml", "rft", "--set", "runtime.kind=local");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("reward_function.py on 20 rows", result.Output, StringComparison.Ordinal);
        Assert.Contains("The reward scores reference answers above wrong ones (mean 1.000 vs -1.000).", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_reward_is_reported_before_any_training()
    {
        if (!Python.Available(output))
        {
            return;
        }

        Copy("stack-overflow-quality.yaml", Path.Combine("data", "stack-overflow-questions.csv"));
        directory.Write("reward_function.py", "def lambda_handler(event, context):\n    return [{'id': s['id'], 'aggregate_reward_score': 'good'} for s in event]\n");
        var environment = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH")!, ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "/" };

        var result = await CliRunner.RunAsync(directory.Path, environment, "reward", "test", "stack-overflow-quality.yaml", "rft", "-n", "3", "--set", "runtime.kind=local");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("error NF8015: sample '", result.Error, StringComparison.Ordinal);
        Assert.Contains("aggregate_reward_score is not a number (got a string \"good\")", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_without_a_reward_is_refused()
    {
        Copy("support-tickets.yaml", Path.Combine("data", "support-tickets.csv"));

        var result = await CliRunner.RunAsync(directory.Path, "reward", "test", "support-tickets.yaml", "sft");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("NF8111", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();

    private void Copy(params string[] files)
    {
        foreach (var file in files)
        {
            directory.Write(file, File.ReadAllText(RepositoryPaths.InRepository("pipelines", file)));
        }
    }
}
