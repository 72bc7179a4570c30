namespace NovaForge.Runner.Planning;

/// <summary>What a run would do with a stage.</summary>
public enum StageDecision
{
    /// <summary>Completed with the same fingerprint: skipped.</summary>
    UpToDate,

    /// <summary>Never ran (or never completed).</summary>
    Run,

    /// <summary>Completed, but an input changed.</summary>
    Rerun,

    /// <summary>A job with this fingerprint is still running or detached: the run re-attaches to it.</summary>
    Attach,

    /// <summary>Not selected by --only/--from/--to, and not up to date (see <see cref="StagePlan.Unselected"/>).</summary>
    Excluded,

    /// <summary>
    /// Selected, but a stage it depends on is not up to date and not selected (or is blocked itself): running it would
    /// read stale outputs, so a run refuses it and the plan counts it as work left.
    /// </summary>
    Blocked,
}
