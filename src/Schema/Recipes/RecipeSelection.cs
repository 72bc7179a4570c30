using NovaForge.Schema.Catalog;

namespace NovaForge.Schema.Recipes;

/// <summary>The official recipe a stage runs, and where: platform, instance type and count.</summary>
public sealed record RecipeSelection
{
    public required string StageId { get; init; }

    /// <summary>The pipeline's model name in the catalog, e.g. <c>nova-lite-2</c>.</summary>
    public required string ModelName { get; init; }

    public required ModelInfo Model { get; init; }

    public required RecipeInfo Recipe { get; init; }

    /// <summary><c>training-job</c> or <c>hyperpod</c> (a local runtime renders the training-job recipe where there is one).</summary>
    public required string Platform { get; init; }

    public required string InstanceType { get; init; }

    /// <summary>The instance count: the recipe's run.replicas.</summary>
    public required int Replicas { get; init; }

    /// <summary>For eval stages: the task, strategy, metric and subtask the recipe's evaluation block gets.</summary>
    public EvalSelection? Eval { get; init; }
}
