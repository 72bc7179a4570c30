namespace NovaForge.Runner.Local.Functions;

/// <summary>How to run a user's Python function: the file, its handler, the folder it runs in, the per-call timeout.</summary>
public sealed record FunctionProcessOptions
{
    public required string File { get; init; }

    public string Handler { get; init; } = "lambda_handler";

    /// <summary>The pipeline's folder: user code runs there, as it would find its files beside the pipeline.</summary>
    public required string WorkingDirectory { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where environment variables are read from (the minimal set is passed on).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Receives each line the function prints (its stderr and stdout), like a Lambda's log.</summary>
    public Action<string>? OnOutput { get; init; }
}
