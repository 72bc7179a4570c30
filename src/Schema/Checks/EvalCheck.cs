using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Checks;

/// <summary>
/// Eval stages: a judge task has a 'judge' block naming the two stages it compares, and no other task has one.
/// (Task, strategy, metric, subtask, processor and reward are checked with the stage's recipe, in RecipeCheck.)
/// </summary>
public sealed class EvalCheck : IPipelineCheck
{
    public static IReadOnlyList<string> JudgeTasks { get; } = ["llm_judge", "rubric_llm_judge"];

    public void Run(CheckContext context)
    {
        foreach (var stage in context.Stages.Where(s => s.Kind == StageKind.Eval && s.Eval?.Task is not null))
        {
            var eval = stage.Eval!;
            var isJudge = JudgeTasks.Contains(eval.Task);
            if (isJudge && eval.Judge is null)
            {
                context.Report(DiagnosticFactory.JudgeRequired(context.StagePath(stage, "eval", "task").ToString(), eval.Task!));
            }
            else if (!isJudge && eval.Judge is not null)
            {
                context.Report(DiagnosticFactory.JudgeNotAllowed(context.StagePath(stage, "eval", "judge").ToString(), eval.Task!));
            }
        }
    }
}
