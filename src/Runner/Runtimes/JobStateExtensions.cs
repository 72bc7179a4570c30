namespace NovaForge.Runner.Runtimes;

/// <summary>Helpers over <see cref="JobState"/>.</summary>
public static class JobStateExtensions
{
    public static bool IsTerminal(this JobState state) => state is JobState.Completed or JobState.Failed or JobState.Stopped;
}
