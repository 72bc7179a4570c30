namespace NovaForge.Runner.Cli;

/// <summary>
/// Everything a command touches outside its arguments: output writers, environment variables, the working directory,
/// whether a person is watching, and cancellation. Tests run the CLI in-process with their own.
/// </summary>
public sealed record IOContext(
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> Environment,
    string CurrentDirectory,
    bool IsInteractive,
    CancellationToken Cancellation = default)
{
    public static IOContext FromConsole(CancellationToken cancellation = default) => new(
        Console.Out,
        Console.Error,
        System.Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory(),
        IsInteractive: !Console.IsOutputRedirected && System.Environment.GetEnvironmentVariable("CI") is null,
        cancellation);

    /// <summary>Resolves a user-given path against the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>How a file's path is shown: relative to the working directory when under it, else in full.</summary>
    public string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
