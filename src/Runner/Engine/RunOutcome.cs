namespace NovaForge.Runner.Engine;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Every selected stage is completed (or was up to date).</summary>
    Succeeded,

    /// <summary>A stage failed, or a stage could not start.</summary>
    Failed,

    /// <summary>Ctrl-C: jobs keep running, the next run re-attaches.</summary>
    Detached,

    /// <summary>Ctrl-C with --stop-on-cancel: the running job was stopped.</summary>
    Stopped,

    /// <summary>Ctrl-C before a job was submitted (preparing data, planning, between stages): nothing is left half-done.</summary>
    Interrupted,
}
