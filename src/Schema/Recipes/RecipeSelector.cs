using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Chooses the official recipe a stage runs: by the pipeline's model, the stage's kind and method (default lora), the
/// runtime's platform (default training-job), the eval task's recipe family and the instance type (default: the first
/// fitting recipe's first type). Everything it cannot match becomes a diagnostic at the stage's offending property.
/// </summary>
public sealed class RecipeSelector(NovaCatalog catalog)
{
    /// <summary>The selection, or null when there is no recipe (reported) or the stage lacks what selection needs (reported by the schema).</summary>
    public RecipeSelection? Select(PipelineDefinition pipeline, StageDefinition stage, YamlPath stagePath, ICollection<Diagnostic> diagnostics)
    {
        if (pipeline.Model is not { } modelName || !catalog.Models.TryGetValue(modelName, out var model) || stage.Kind is not { } stageKind || stageKind == StageKind.Deploy)
        {
            return null;
        }

        var id = stage.Id ?? stagePath.ToString();
        var kind = CatalogNames.Kind(stageKind);
        var candidates = catalog.Recipes.Where(r => r.Kind == kind).ToList();
        if (!candidates.Any(r => r.Model == modelName))
        {
            diagnostics.Add(DiagnosticFactory.KindNotAvailableForModel(At(stagePath, "kind"), id, CatalogNames.Display(kind), modelName, candidates.Select(r => r.Model).Distinct()));
            return null;
        }

        candidates = [.. candidates.Where(r => r.Model == modelName)];
        if (Method(stage, kind, candidates, stagePath, id, diagnostics) is not (true, var method))
        {
            return null;
        }

        candidates = [.. candidates.Where(r => r.Method == method)];
        EvalTaskInfo? task = null;
        if (stageKind == StageKind.Eval)
        {
            if (stage.Eval?.Task is not { } taskName || !catalog.EvalTasks.TryGetValue(taskName, out task))
            {
                return null;
            }

            var family = task.Recipe;
            if (!candidates.Any(r => r.EvalRecipe == family))
            {
                var available = catalog.EvalTasks.Where(t => candidates.Any(r => r.EvalRecipe == t.Value.Recipe)).Select(t => t.Key).Order(StringComparer.Ordinal);
                diagnostics.Add(DiagnosticFactory.EvalTaskNotAvailableForModel(At(stagePath, "eval", "task"), id, taskName, modelName, available));
                return null;
            }

            candidates = [.. candidates.Where(r => r.EvalRecipe == family)];
        }

        var what = CatalogNames.Describe(kind, method, modelName);
        var platform = Platform(pipeline, candidates);
        var onPlatform = candidates.Where(r => r.Platforms.Contains(platform)).ToList();
        if (onPlatform.Count == 0)
        {
            diagnostics.Add(DiagnosticFactory.PlatformNotAvailable(At(stagePath, "kind"), id, what, platform, candidates.SelectMany(r => r.Platforms).Distinct()));
            return null;
        }

        var recipe = onPlatform[0];
        var instanceType = recipe.InstanceTypes[0];
        if (stage.Instances?.Type is { } requested)
        {
            if (onPlatform.FirstOrDefault(r => r.InstanceTypes.Contains(requested)) is not { } fitting)
            {
                diagnostics.Add(DiagnosticFactory.InstanceTypeNotAllowed(At(stagePath, "instances", "type"), id, requested, what, platform, onPlatform.SelectMany(r => r.InstanceTypes).Distinct()));
                return null;
            }

            recipe = fitting;
            instanceType = requested;
        }

        var allowed = recipe.Replicas.AllowedOn(platform);
        var replicas = stage.Instances?.Count ?? recipe.Replicas.Default;
        if (!allowed.Contains(replicas))
        {
            diagnostics.Add(DiagnosticFactory.InstanceCountNotAllowed(At(stagePath, "instances", "count"), id, replicas, recipe.Id, platform, allowed));
        }

        return new RecipeSelection
        {
            StageId = id,
            ModelName = modelName,
            Model = model,
            Recipe = recipe,
            Platform = platform,
            InstanceType = instanceType,
            Replicas = replicas,
            Eval = task is null ? null : SelectEval(stage.Eval!, task, stagePath, id, diagnostics),
        };
    }

    /// <summary>The stage's method (lora by default) when the kind has one; false when the method does not fit (reported).</summary>
    private static (bool Ok, string? Method) Method(StageDefinition stage, string kind, IReadOnlyList<RecipeInfo> candidates, YamlPath stagePath, string id, ICollection<Diagnostic> diagnostics)
    {
        var methods = candidates.Select(r => r.Method).Distinct().ToList();
        if (methods.All(m => m is null))
        {
            if (stage.Method is null)
            {
                return (true, null);
            }

            diagnostics.Add(DiagnosticFactory.MethodNotApplicable(At(stagePath, "method"), id, CatalogNames.Display(kind)));
            return (false, null);
        }

        var method = stage.Method is { } chosen ? CatalogNames.Method(chosen) : CatalogNames.Lora;
        if (methods.Contains(method))
        {
            return (true, method);
        }

        diagnostics.Add(DiagnosticFactory.MethodNotAvailable(At(stagePath, "method"), id, CatalogNames.Display(kind), method, candidates[0].Model, methods.OfType<string>()));
        return (false, method);
    }

    /// <summary>The runtime's platform; a local runtime has none and renders the training-job recipe, or the only one there is.</summary>
    private static string Platform(PipelineDefinition pipeline, IReadOnlyList<RecipeInfo> candidates)
    {
        if (pipeline.Runtime?.Kind == RuntimeKind.Sagemaker)
        {
            return CatalogNames.Platform(pipeline.Runtime.Platform ?? Model.Platform.TrainingJob);
        }

        return candidates.Any(r => r.Platforms.Contains(NovaCatalog.TrainingJob)) ? NovaCatalog.TrainingJob : candidates[0].Platforms[0];
    }

    private static EvalSelection SelectEval(EvalDefinition eval, EvalTaskInfo task, YamlPath stagePath, string id, ICollection<Diagnostic> diagnostics)
    {
        var name = eval.Task!;
        var strategies = task.Strategies.Prepend(task.Strategy).ToList();
        if (eval.Strategy is { } strategy && !strategies.Contains(strategy))
        {
            diagnostics.Add(DiagnosticFactory.EvalStrategyNotAllowed(At(stagePath, "eval", "strategy"), id, strategy, name, strategies));
        }

        if (eval.Metric is { } metric && metric != task.Metric)
        {
            diagnostics.Add(DiagnosticFactory.EvalMetricNotAllowed(At(stagePath, "eval", "metric"), id, metric, name, task.Metric));
        }

        if (eval.Subtask is { } subtask)
        {
            if (task.Subtasks.Count == 0)
            {
                diagnostics.Add(DiagnosticFactory.EvalSubtaskNotSupported(At(stagePath, "eval", "subtask"), id, name));
            }
            else if (!task.Subtasks.Contains(subtask))
            {
                diagnostics.Add(DiagnosticFactory.EvalSubtaskUnknown(At(stagePath, "eval", "subtask"), id, subtask, name, task.Subtasks));
            }
        }

        if (eval.Processor is not null && task.Recipe != "byod")
        {
            diagnostics.Add(DiagnosticFactory.EvalProcessorNotAllowed(At(stagePath, "eval", "processor"), id, name));
        }

        if (task.Recipe == "rft_eval" && eval.Reward is null)
        {
            diagnostics.Add(DiagnosticFactory.EvalRewardMissing(At(stagePath, "eval"), id));
        }
        else if (task.Recipe != "rft_eval" && eval.Reward is not null)
        {
            diagnostics.Add(DiagnosticFactory.EvalRewardNotAllowed(At(stagePath, "eval", "reward"), id, name));
        }

        return new EvalSelection(name, task, eval.Strategy ?? task.Strategy, eval.Metric ?? task.Metric, eval.Subtask ?? string.Empty, eval.Processor);
    }

    private static string At(YamlPath stagePath, params string[] keys) =>
        keys.Aggregate(stagePath, (path, key) => path.Key(key)).ToString();
}
