namespace NovaForge.Runner.Runtimes;

/// <summary>
/// Where jobs run. The engine submits a job under a deterministic name, finds it again by that name after a crash,
/// follows its status and logs, collects its outputs and can stop it. It never knows which runtime it drives.
/// </summary>
public interface IStageRuntime
{
    /// <summary>The runtime's name as pipelines spell it (<c>local</c>, <c>sagemaker</c>).</summary>
    string Kind { get; }

    /// <summary>Starts a job. Called only after <see cref="FindAsync"/> said no job of that name exists.</summary>
    Task<JobHandle> SubmitAsync(JobRequest request, CancellationToken cancellation);

    /// <summary>The job of that name if the runtime knows it (re-attach after a crash or a detach), else null.</summary>
    Task<JobHandle?> FindAsync(string jobName, CancellationToken cancellation);

    Task<JobStatus> GetStatusAsync(JobHandle job, CancellationToken cancellation);

    /// <summary>The job's log events after the first <paramref name="skip"/> ones (the engine keeps the count).</summary>
    Task<IReadOnlyList<LogEvent>> ReadLogsAsync(JobHandle job, int skip, CancellationToken cancellation);

    Task<JobOutputs> GetOutputsAsync(JobHandle job, CancellationToken cancellation);

    Task StopAsync(JobHandle job, CancellationToken cancellation);
}
