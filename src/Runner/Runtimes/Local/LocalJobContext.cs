namespace NovaForge.Runner.Runtimes.Local;

/// <summary>What a local job executor gets: the request, its folders, a log, and the store to find input models in.</summary>
public sealed record LocalJobContext
{
    public required JobRequest Request { get; init; }

    /// <summary>The job's own folder (request, status, logs).</summary>
    public required string JobDirectory { get; init; }

    /// <summary>Where the job writes what it produces (a checkpoint, evaluation output); created empty.</summary>
    public required string OutputDirectory { get; init; }

    public required LocalStore Store { get; init; }

    public required IJobLog Log { get; init; }
}
