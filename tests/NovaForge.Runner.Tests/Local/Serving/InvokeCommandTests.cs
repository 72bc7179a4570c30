using NovaForge.Runner.Cli;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Serving;

public sealed class InvokeCommandTests
{
    [Fact]
    public async Task Invoke_streams_the_deployed_models_answer()
    {
        using var pipeline = new DeployedPipeline();

        var (ticket, answer) = DeployedPipeline.Example("network");

        var result = await CliRunner.RunAsync(pipeline.Folder, "invoke", DeployedPipeline.File, ticket);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(answer + "\n", result.Output);
        Assert.Contains("novaforge-local:sft, the NovaForge local model (not Nova), endpoint tickets", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_writes_each_token_as_it_comes()
    {
        using var pipeline = new DeployedPipeline();
        var output = new TokenCountingWriter();
        var io = new IOContext(output, new StringWriter(), _ => null, pipeline.Folder, IsInteractive: false);

        var (ticket, _) = DeployedPipeline.Example("hardware");

        var exitCode = await NovaForgeCli.RunAsync(["invoke", DeployedPipeline.File, ticket, "--max-tokens", "3"], io);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["hardware", ":", " The"], output.Flushed);
    }

    [Fact]
    public async Task Before_the_pipeline_ran_invoke_says_to_run_it()
    {
        using var pipeline = new DeployedPipeline(deployed: false);

        var result = await CliRunner.RunAsync(pipeline.Folder, "invoke", DeployedPipeline.File, "hello");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("NF8104", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run the pipeline first: novaforge run tickets.yaml", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Records what was written between flushes: one entry per streamed token.</summary>
    private sealed class TokenCountingWriter : StringWriter
    {
        private int flushedLength;

        public List<string> Flushed { get; } = [];

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            var text = GetStringBuilder().ToString();
            Flushed.Add(text[flushedLength..]);
            flushedLength = text.Length;
            return Task.CompletedTask;
        }
    }
}
