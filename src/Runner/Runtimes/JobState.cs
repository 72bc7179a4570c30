namespace NovaForge.Runner.Runtimes;

/// <summary>Where a job is in its life; Completed, Failed and Stopped are terminal.</summary>
public enum JobState
{
    Pending,
    Running,
    Completed,
    Failed,
    Stopped,
}
