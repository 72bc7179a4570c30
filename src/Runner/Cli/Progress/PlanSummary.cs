using NovaForge.Runner.Planning;

namespace NovaForge.Runner.Cli.Progress;

/// <summary>The one-line and per-stage descriptions of a plan, shared by <c>plan</c> and <c>run</c>.</summary>
public static class PlanSummary
{
    public static string Describe(IReadOnlyList<StagePlan> plan)
    {
        var toRun = plan.Count(p => p.Decision is StageDecision.Run or StageDecision.Rerun);
        var attach = plan.Count(p => p.Decision == StageDecision.Attach);
        var upToDate = plan.Count(p => p.Decision == StageDecision.UpToDate);
        var parts = new List<string> { $"{toRun} to run" };
        if (attach > 0)
        {
            parts.Add($"{attach} to re-attach");
        }

        parts.Add($"{upToDate} up to date");
        if (plan.Any(p => p.Decision == StageDecision.Blocked))
        {
            parts.Add($"{plan.Count(p => p.Decision == StageDecision.Blocked)} blocked");
        }

        if (plan.Any(p => p.Decision == StageDecision.Excluded))
        {
            parts.Add($"{plan.Count(p => p.Decision == StageDecision.Excluded)} not selected");
        }

        return $"Plan: {string.Join(", ", parts)}.";
    }

    /// <summary>Whether a plan leaves work: stages to run or re-attach, or selected stages blocked by a stale upstream one.</summary>
    public static bool HasWork(IReadOnlyList<StagePlan> plan) =>
        plan.Any(p => p.Decision is StageDecision.Run or StageDecision.Rerun or StageDecision.Attach or StageDecision.Blocked);

    public static string Decision(StagePlan stage) => stage.Decision switch
    {
        StageDecision.UpToDate => "up to date",
        StageDecision.Run => "will run",
        StageDecision.Rerun => "will rerun",
        StageDecision.Attach => "will re-attach",
        StageDecision.Blocked => "blocked",
        _ => "not selected",
    };
}
