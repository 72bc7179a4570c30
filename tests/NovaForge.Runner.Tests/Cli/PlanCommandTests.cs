using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Tests.Engine;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Cli;

/// <summary><c>novaforge plan</c> on a pipeline whose state was written by the engine: decisions, reasons and exit codes.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private static readonly string[] ChangedSftAndRft = ["--set", "stages.sft.overrides.max_steps=12", "--set", "stages.rft.overrides.max_steps=7"];

    private readonly EngineFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task An_unchanged_pipeline_has_nothing_to_do()
    {
        await fixture.RunAsync();

        var result = await CliRunner.RunAsync(fixture.Directory, "plan", fixture.PipelinePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Plan: 0 to run, 6 up to date.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selecting_a_stage_behind_a_stale_unselected_one_reports_it_blocked_with_work_remaining()
    {
        await fixture.RunAsync();
        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "sft" } }, sets: ["stages.sft.overrides.max_steps=12", "stages.rft.overrides.max_steps=7"]);

        var result = await CliRunner.RunAsync(fixture.Directory, ["plan", fixture.PipelinePath, "--only", "eval_rft", .. ChangedSftAndRft]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("  eval_rft  blocked: upstream 'rft' is out of date (not selected)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  rft       not selected: overrides.max_steps: 5 -> 7; upstream 'sft' produced a new output\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  deploy    not selected: upstream 'rft' is out of date (not selected)\n", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("eval_rft  up to date", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 blocked", result.Output, StringComparison.Ordinal);
        Assert.Contains("error NF6010", result.Error, StringComparison.Ordinal);
        Assert.Contains("--only rft --only eval_rft", result.Error, StringComparison.Ordinal);
    }
}
