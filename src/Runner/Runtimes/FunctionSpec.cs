namespace NovaForge.Runner.Runtimes;

/// <summary>A user function a job calls: a Python file with a handler, a Lambda ARN, or a built-in with its labels.</summary>
public sealed record FunctionSpec
{
    /// <summary>The Python file's full path.</summary>
    public string? PythonFile { get; init; }

    public string Handler { get; init; } = "lambda_handler";

    public string? LambdaArn { get; init; }

    public string? Builtin { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public int TimeoutSeconds { get; init; } = 60;

    public int BatchSize { get; init; } = 32;

    /// <summary>The folder user code runs in locally: the pipeline's folder. Null means the Python file's own folder.</summary>
    public string? WorkingDirectory { get; init; }
}
