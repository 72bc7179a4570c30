using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;

namespace NovaForge.Runner.Tests.Local.Executors;

/// <summary>A job log that keeps what a job reported.</summary>
public sealed class TestJobLog : IJobLog
{
    private readonly List<string> lines = [];
    private readonly List<StepMetrics> steps = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public IReadOnlyList<StepMetrics> Steps => steps;

    public void Info(string message)
    {
        lock (lines)
        {
            lines.Add(message);
        }
    }

    public void Step(StepMetrics metrics) => steps.Add(metrics);
}
