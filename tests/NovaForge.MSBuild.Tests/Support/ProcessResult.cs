namespace NovaForge.MSBuild.Tests.Support;

/// <summary>How a child process ended: its exit code and everything it wrote (stdout, then stderr).</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>A readable failure message for assertions: the command and what it printed.</summary>
    public override string ToString() => $"$ {CommandLine}\nexit code {ExitCode}\n{Output}";
}
