using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Graph;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Checks;

/// <summary>Stage ids are unique; 'from' and 'judge' name existing stages of the right kind; no cycles.</summary>
public sealed class StageReferenceCheck : IPipelineCheck
{
    private static readonly StageKind[] TrainingKinds = [StageKind.Sft, StageKind.Dpo, StageKind.Rft, StageKind.Cpt];

    public void Run(CheckContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in context.Stages.Where(s => s.Id is not null))
        {
            if (!seen.Add(stage.Id!))
            {
                context.Report(DiagnosticFactory.DuplicateStageId(context.StagePath(stage, "id").ToString(), stage.Id!));
            }
        }

        var graph = new StageGraph(context.Stages);
        var ids = graph.Stages.Select(s => s.Id!).Distinct().ToList();
        foreach (var stage in context.Stages)
        {
            CheckFrom(context, graph, ids, stage);
            CheckJudge(context, graph, ids, stage);
        }

        if (graph.FindCycle() is { } cycle)
        {
            var first = graph.Find(cycle[0])!;
            context.Report(DiagnosticFactory.StageCycle(context.StagePath(first, "id").ToString(), cycle));
        }
    }

    private static void CheckFrom(CheckContext context, StageGraph graph, List<string> ids, StageDefinition stage)
    {
        var path = context.StagePath(stage, "from").ToString();
        if (stage.From is null or StageDefinition.BaseModel)
        {
            if (stage.Kind == StageKind.Deploy)
            {
                context.Report(DiagnosticFactory.DeployNeedsTrainedModel(stage.From is null ? context.StagePath(stage, "kind").ToString() : path));
            }

            return;
        }

        if (graph.Find(stage.From) is not { } source)
        {
            context.Report(DiagnosticFactory.UnknownStage(path, stage.From, ids.Where(i => i != stage.Id)));
        }
        else if (source.Kind is { } kind && !TrainingKinds.Contains(kind))
        {
            context.Report(DiagnosticFactory.NotATrainingStage(path, source.Id!, kind.ToString().ToLowerInvariant()));
        }
    }

    private static void CheckJudge(CheckContext context, StageGraph graph, List<string> ids, StageDefinition stage)
    {
        if (stage.Eval?.Judge is not { } judge)
        {
            return;
        }

        foreach (var (key, id) in new[] { ("baseline", judge.Baseline), ("challenger", judge.Challenger) })
        {
            if (id is null)
            {
                continue;
            }

            var path = context.StagePath(stage, "eval", "judge", key).ToString();
            if (graph.Find(id) is not { } compared)
            {
                context.Report(DiagnosticFactory.UnknownStage(path, id, ids.Where(i => i != stage.Id)));
            }
            else if (compared.Kind != StageKind.Eval)
            {
                context.Report(DiagnosticFactory.NotAnEvalStage(path, id));
            }
        }
    }
}
