using NovaForge.Runner.Planning;

namespace NovaForge.Runner.Engine;

/// <summary>How a run behaves: which stages, and what to do on failure and on Ctrl-C.</summary>
public sealed record RunOptions
{
    public PlanOptions Plan { get; init; } = new();

    /// <summary>Do everything but submit jobs and change the state file.</summary>
    public bool DryRun { get; init; }

    /// <summary>After a failure, keep running the stages that do not depend on it.</summary>
    public bool KeepGoing { get; init; }

    /// <summary>On Ctrl-C stop the running job instead of detaching from it.</summary>
    public bool StopOnCancel { get; init; }

    /// <summary>
    /// Stop a job of a stage's earlier configuration that is still running before submitting the new one; without it
    /// such a job makes the run refuse (NF6011) rather than pay for two jobs or lose track of one.
    /// </summary>
    public bool ReplaceRunning { get; init; }

    /// <summary>How often to poll a running job.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
