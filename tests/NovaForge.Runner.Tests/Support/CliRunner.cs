using NovaForge.Runner.Cli;

namespace NovaForge.Runner.Tests.Support;

/// <summary>Runs the CLI in-process with captured output, as a user would from a shell in the given directory.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(string directory, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new IOContext(output, error, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null, directory, IsInteractive: false);
        var exitCode = await NovaForgeCli.RunAsync(args, io);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(string directory, params string[] args) => RunAsync(directory, null, args);
}
