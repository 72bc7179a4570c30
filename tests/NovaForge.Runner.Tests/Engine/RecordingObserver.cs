using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>Collects what a run reports, as "stage: event" lines.</summary>
public sealed class RecordingObserver : IRunObserver
{
    public List<string> Events { get; } = [];

    public void Planned(IReadOnlyList<StagePlan> plan) => Events.Add($"plan: {string.Join(", ", plan.Select(p => $"{p.Id}={p.Decision}"))}");

    public void Skipped(StagePlan stage, string reason) => Events.Add($"{stage.Id}: skipped ({reason})");

    public void Preparing(StagePlan stage) => Events.Add($"{stage.Id}: preparing");

    public void Submitted(StagePlan stage, string jobName, bool reattached) => Events.Add($"{stage.Id}: {(reattached ? "re-attached" : "submitted")}");

    public void Progress(StagePlan stage, JobStatus status, IReadOnlyList<LogEvent> newLogs)
    {
    }

    public void Finished(StagePlan stage, StageState state) => Events.Add($"{stage.Id}: {state.Status.ToString().ToLowerInvariant()}");

    public void NotStarted(StagePlan stage, string because) => Events.Add($"{stage.Id}: not started ({because})");
}
