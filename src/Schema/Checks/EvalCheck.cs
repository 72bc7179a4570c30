using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Checks;

/// <summary>Eval stages: task, strategy, metric and subtask agree; processor, judge and reward appear where the task needs them.</summary>
public sealed class EvalCheck : IPipelineCheck
{
    private static readonly string[] JudgeTasks = ["llm_judge", "rubric_llm_judge"];

    public void Run(CheckContext context)
    {
        foreach (var stage in context.Stages.Where(s => s.Kind == StageKind.Eval && s.Eval?.Task is not null))
        {
            var eval = stage.Eval!;
            if (!context.Catalog.EvalTasks.TryGetValue(eval.Task!, out var task))
            {
                continue;
            }

            string At(params string[] keys) => context.StagePath(stage, ["eval", .. keys]).ToString();
            if (eval.Subtask is { } subtask && !task.Subtasks.Contains(subtask))
            {
                context.Report(DiagnosticFactory.UnknownSubtask(At("subtask"), eval.Task!, subtask, task.Subtasks));
            }

            var strategies = task.Strategies.Prepend(task.Strategy).ToList();
            if (eval.Strategy is { } strategy && !strategies.Contains(strategy))
            {
                context.Report(DiagnosticFactory.TaskSettingMismatch(At("strategy"), eval.Task!, "strategy", strategy, strategies));
            }

            if (eval.Metric is { } metric && metric != task.Metric)
            {
                context.Report(DiagnosticFactory.TaskSettingMismatch(At("metric"), eval.Task!, "metric", metric, [task.Metric]));
            }

            if (eval.Processor is not null && eval.Task != "gen_qa")
            {
                context.Report(DiagnosticFactory.ProcessorNeedsGenQa(At("processor"), eval.Task!));
            }

            var isJudge = JudgeTasks.Contains(eval.Task);
            if (isJudge && eval.Judge is null)
            {
                context.Report(DiagnosticFactory.JudgeRequired(At("task"), eval.Task!));
            }
            else if (!isJudge && eval.Judge is not null)
            {
                context.Report(DiagnosticFactory.JudgeNotAllowed(At("judge"), eval.Task!));
            }

            if (eval.Task == "rft_eval" && eval.Reward is null)
            {
                context.Report(DiagnosticFactory.RewardRequired(At("task"), eval.Task));
            }
        }
    }
}
