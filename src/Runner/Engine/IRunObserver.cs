using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.State;

namespace NovaForge.Runner.Engine;

/// <summary>What a run reports as it goes, for the live view or plain lines.</summary>
public interface IRunObserver
{
    void Planned(IReadOnlyList<StagePlan> plan);

    void Skipped(StagePlan stage, string reason);

    void Preparing(StagePlan stage);

    void Submitted(StagePlan stage, string jobName, bool reattached);

    void Progress(StagePlan stage, JobStatus status, IReadOnlyList<LogEvent> newLogs);

    void Finished(StagePlan stage, StageState state);

    void NotStarted(StagePlan stage, string because);

    /// <summary>Something the run did for a stage besides its own job, such as settling a job of an earlier configuration.</summary>
    void Noted(StagePlan stage, string message);
}
