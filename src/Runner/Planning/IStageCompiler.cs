using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;

namespace NovaForge.Runner.Planning;

/// <summary>Turns a stage of a loaded pipeline into its recipe, parameters and instances.</summary>
public interface IStageCompiler
{
    CompiledStage Compile(LoadResult pipeline, StageDefinition stage, ICollection<Diagnostic> diagnostics);

    /// <summary>Renders a compiled stage's recipe with other run values (a job's real ones), from the same templates and catalog.</summary>
    RenderResult Render(PreparedRecipe recipe, RecipeRunValues run);
}
