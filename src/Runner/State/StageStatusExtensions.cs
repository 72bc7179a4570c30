namespace NovaForge.Runner.State;

/// <summary>Helpers over <see cref="StageStatus"/>.</summary>
public static class StageStatusExtensions
{
    /// <summary>Whether a job in this status may still be running: it was being submitted, watched, or detached from.</summary>
    public static bool MayBeRunning(this StageStatus status) => status is StageStatus.Submitting or StageStatus.Running or StageStatus.Detached;

    public static string Text(this StageStatus status) => status.ToString().ToLowerInvariant();
}
