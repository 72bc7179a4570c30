namespace NovaForge.Runner.Runtimes;

/// <summary>A job's state as the runtime reports it, with its latest progress.</summary>
public sealed record JobStatus
{
    public required JobState State { get; init; }

    /// <summary>The failure reason for failed jobs, or a short status line.</summary>
    public string? Message { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public StepMetrics? Progress { get; init; }
}
