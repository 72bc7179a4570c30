namespace NovaForge.Runner.Runtimes.Local;

/// <summary>
/// Runs one kind of job on this machine, inside the local runtime's worker process (never in the runner's process,
/// so jobs survive a crashed or detached runner). Must honour cancellation (a stop request).
/// </summary>
public interface ILocalJobExecutor
{
    /// <summary>Whether this executor runs jobs of the request's kind.</summary>
    bool CanRun(JobRequest request);

    /// <summary>Runs the job; throws <see cref="LocalJobException"/> with a user-facing reason when the job fails.</summary>
    Task<JobOutputs> RunAsync(LocalJobContext context, CancellationToken cancellation);
}
