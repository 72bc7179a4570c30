using System.Globalization;
using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Cli.Progress;

/// <summary>Progress as plain timestamped lines, for redirected output and CI logs; step lines at most every two seconds per stage.</summary>
public sealed class PlainRunObserver(TextWriter output, TimeProvider clock) : IRunObserver
{
    private readonly Dictionary<string, DateTimeOffset> lastStepLine = new(StringComparer.Ordinal);

    public void Planned(IReadOnlyList<StagePlan> plan) => output.WriteLine(PlanSummary.Describe(plan));

    public void Skipped(StagePlan stage, string reason) => Line(stage, reason == "up to date" ? "up to date, skipping" : reason);

    public void Preparing(StagePlan stage) => Line(stage, "preparing data");

    public void Submitted(StagePlan stage, string jobName, bool reattached) =>
        Line(stage, reattached ? $"re-attached to job {jobName}" : $"submitted job {jobName}");

    public void Progress(StagePlan stage, JobStatus status, IReadOnlyList<LogEvent> newLogs)
    {
        foreach (var entry in newLogs)
        {
            if (entry.Metrics is null)
            {
                Line(stage, entry.Message);
            }
            else if (!lastStepLine.TryGetValue(stage.Id, out var last) || clock.GetUtcNow() - last >= TimeSpan.FromSeconds(2) || entry.Metrics.Step == entry.Metrics.TotalSteps)
            {
                lastStepLine[stage.Id] = clock.GetUtcNow();
                Line(stage, entry.Message);
            }
        }
    }

    public void Finished(StagePlan stage, StageState state) => Line(stage, StageSummary.Describe(state));

    public void NotStarted(StagePlan stage, string because) => Line(stage, $"not started: {because}");

    public void Noted(StagePlan stage, string message) => Line(stage, message);

    private void Line(StagePlan stage, string text) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.GetLocalNow():HH:mm:ss}] {stage.Id}: {text}"));
}
