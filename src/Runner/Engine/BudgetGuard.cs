using System.Globalization;
using NovaForge.Runner.Planning;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Checks the stages a run would submit against the pipeline's budget before anything is spent: the number of jobs,
/// and instance-hours counted at each job's instance count times runtime.max_runtime (SageMaker only; deploy stages,
/// whose endpoints run until deleted, are not counted in hours).
/// </summary>
public static class BudgetGuard
{
    public const string DefaultMaxRuntime = "24h";

    public static IEnumerable<Diagnostic> Check(PipelineDefinition pipeline, IReadOnlyList<StagePlan> plan)
    {
        if (pipeline.Budget is not { } budget)
        {
            yield break;
        }

        var toRun = plan.Where(p => p.Decision is StageDecision.Run or StageDecision.Rerun).ToList();
        if (budget.MaxJobs is { } maxJobs && toRun.Count > maxJobs)
        {
            yield return DiagnosticFactory.BudgetExceeded("budget.max_jobs", "jobs", toRun.Count.ToString(CultureInfo.InvariantCulture), maxJobs.ToString(CultureInfo.InvariantCulture));
        }

        if (budget.MaxInstanceHours is { } maxHours && pipeline.Runtime?.Kind == RuntimeKind.Sagemaker)
        {
            var hoursPerJob = Hours(pipeline.Runtime.MaxRuntime ?? DefaultMaxRuntime);
            var planned = toRun.Where(p => p.Stage.Kind != StageKind.Deploy).Sum(p => (p.Compiled?.InstanceCount ?? 1) * hoursPerJob);
            if (planned > maxHours)
            {
                yield return DiagnosticFactory.BudgetExceeded("budget.max_instance_hours", "instance-hours at most", planned.ToString("0.#", CultureInfo.InvariantCulture), maxHours.ToString("0.#", CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Hours in a duration such as '90m', '24h' or '2d' (the schema guarantees the shape).</summary>
    public static double Hours(string duration)
    {
        var value = double.Parse(duration[..^1], CultureInfo.InvariantCulture);
        return duration[^1] switch
        {
            's' => value / 3600,
            'm' => value / 60,
            'h' => value,
            _ => value * 24,
        };
    }
}
