using NovaForge.Schema.Recipes;

namespace NovaForge.Schema.Checks;

/// <summary>The semantic checks, in the order they run.</summary>
public static class PipelineChecks
{
    public static IReadOnlyList<IPipelineCheck> All { get; } =
    [
        new RecipeCheck(),
    ];
}
