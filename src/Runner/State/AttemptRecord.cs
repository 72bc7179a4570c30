namespace NovaForge.Runner.State;

/// <summary>One submission of a stage's job.</summary>
public sealed record AttemptRecord
{
    public required int Attempt { get; init; }

    public required string JobName { get; init; }

    /// <summary>The runtime's id of the job (an ARN on SageMaker, the job folder locally); null until the submit call returns.</summary>
    public string? JobId { get; init; }

    public required string Fingerprint { get; init; }

    public required StageStatus Status { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public string? Error { get; init; }
}
