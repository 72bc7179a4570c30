using NovaForge.Runner.Cli;
using NovaForge.Runner.Tests.Engine;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Cli;

/// <summary><c>novaforge run</c> as a user sees it: messages and exit codes.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly EngineFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task Ctrl_c_while_data_is_prepared_exits_130_with_a_message_and_leaves_no_state()
    {
        using var interrupt = new CancellationTokenSource();
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new IOContext(output, error, _ => null, fixture.Directory, IsInteractive: false, interrupt.Token);
        await interrupt.CancelAsync();

        var exitCode = await NovaForgeCli.RunAsync(["run", fixture.PipelinePath], io);

        Assert.Equal(130, exitCode);
        Assert.Contains("Interrupted before submitting anything more", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("error", error.ToString(), StringComparison.Ordinal);
        Assert.False(fixture.StateFile.Exists);
        Assert.False(Directory.Exists(Path.Combine(fixture.Directory, ".novaforge", "jobs")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("plan")]
    public async Task A_storage_folder_the_file_system_refuses_is_a_diagnostic_not_a_bug_report(string command)
    {
        File.WriteAllText(Path.Combine(fixture.Directory, "a-file"), string.Empty);

        var result = await CliRunner.RunAsync(fixture.Directory, command, fixture.PipelinePath, "--set", "runtime.storage=a-file/store");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("error NF6012: the file system refused: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("a-file/store", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }
}
