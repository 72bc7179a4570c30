using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>Collects what a run reports, as "stage: event" lines.</summary>
public sealed class RecordingObserver : IRunObserver
{
    public List<string> Events { get; } = [];

    /// <summary>Called with every event as it is recorded, e.g. to cancel the run at that moment.</summary>
    public Action<string>? OnEvent { get; set; }

    public void Planned(IReadOnlyList<StagePlan> plan) => Add($"plan: {string.Join(", ", plan.Select(p => $"{p.Id}={p.Decision}"))}");

    public void Skipped(StagePlan stage, string reason) => Add($"{stage.Id}: skipped ({reason})");

    public void Preparing(StagePlan stage) => Add($"{stage.Id}: preparing");

    public void Submitted(StagePlan stage, string jobName, bool reattached) => Add($"{stage.Id}: {(reattached ? "re-attached" : "submitted")}");

    public void Progress(StagePlan stage, JobStatus status, IReadOnlyList<LogEvent> newLogs)
    {
    }

    public void Finished(StagePlan stage, StageState state) => Add($"{stage.Id}: {state.Status.ToString().ToLowerInvariant()}");

    public void NotStarted(StagePlan stage, string because) => Add($"{stage.Id}: not started ({because})");

    public void Noted(StagePlan stage, string message) => Add($"{stage.Id}: {message}");

    private void Add(string text)
    {
        Events.Add(text);
        OnEvent?.Invoke(text);
    }
}
