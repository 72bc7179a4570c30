using NovaForge.Schema.Recipes;

namespace NovaForge.Schema.Checks;

/// <summary>The semantic checks, in the order they run.</summary>
public static class PipelineChecks
{
    public static IReadOnlyList<IPipelineCheck> All { get; } =
    [
        new StageReferenceCheck(),
        new DatasetCheck(),
        new RuntimeCheck(),
        new EvalCheck(),
        new FunctionCheck(),
        new DeployCheck(),
        new RecipeCheck(),
    ];
}
