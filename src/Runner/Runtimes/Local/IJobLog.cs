namespace NovaForge.Runner.Runtimes.Local;

/// <summary>Where a local job reports what it does: lines for people, step metrics for progress and <c>novaforge logs</c>.</summary>
public interface IJobLog
{
    void Info(string message);

    void Step(StepMetrics metrics);
}
