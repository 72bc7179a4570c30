using NovaForge.Runner.Planning;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Graph;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Refuses a selection (--only/--from/--to) that would run a stage on stale inputs: one NF6010 per blocked stage,
/// naming the stages left out that it waits for, so the fix is one edit of the command line.
/// </summary>
public static class SelectionGuard
{
    public static IEnumerable<Diagnostic> Check(PipelineDefinition pipeline, IReadOnlyList<StagePlan> plan) =>
        plan.Where(p => p.Decision == StageDecision.Blocked).Select(stage =>
            DiagnosticFactory.StageBlocked(stage.Id, string.Join("; ", stage.Reasons), StaleUpstream(stage, plan), StageLocation.Of(pipeline, stage.Id)));

    /// <summary>The stages, left out of the selection and not up to date, that a blocked stage waits for (in run order).</summary>
    private static List<string> StaleUpstream(StagePlan stage, IReadOnlyList<StagePlan> plan)
    {
        var byId = plan.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<StagePlan>([stage]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var upstream in StageGraph.DependenciesOf(next.Stage).Select(d => byId[d]).Where(u => u.Decision is StageDecision.Excluded or StageDecision.Blocked))
            {
                if (upstream.Decision == StageDecision.Excluded)
                {
                    needed.Add(upstream.Id);
                }

                pending.Enqueue(upstream);
            }
        }

        return [.. plan.Select(p => p.Id).Where(needed.Contains)];
    }
}
