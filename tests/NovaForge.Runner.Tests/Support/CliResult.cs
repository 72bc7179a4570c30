namespace NovaForge.Runner.Tests.Support;

/// <summary>What a CLI invocation printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);
