using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// A stage's recipe, end to end: select the official recipe, resolve the overrides, render the template. Validation
/// stops after <see cref="Prepare"/>; <c>novaforge recipe</c> and the engine render, with placeholder or real run values.
/// </summary>
public sealed class StageRecipeBuilder(NovaCatalog catalog)
{
    private readonly RecipeSelector selector = new(catalog);
    private readonly ParameterResolver resolver = new(catalog);
    private readonly RecipeRenderer renderer = new();

    public NovaCatalog Catalog { get; } = catalog;

    /// <summary>Selection and parameters of the stage at <paramref name="index"/>; null when the stage has no recipe (deploy) or it cannot be selected (reported).</summary>
    public PreparedRecipe? Prepare(PipelineDefinition pipeline, int index, ICollection<Diagnostic> diagnostics)
    {
        var stage = pipeline.Stages?[index];
        var stagePath = YamlPath.Of("stages", index);
        if (stage is null || selector.Select(pipeline, stage, stagePath, diagnostics) is not { } selection)
        {
            return null;
        }

        return new PreparedRecipe(selection, resolver.Resolve(selection, stage, stagePath, diagnostics));
    }

    public RenderResult Render(PreparedRecipe recipe, RecipeRunValues run) =>
        renderer.Render(Catalog, recipe.Selection, recipe.Parameters, run);

    /// <summary>Prepares and renders one stage; run values default to <see cref="RunValuePlaceholders"/>. Errors in preparation stop rendering.</summary>
    public RenderResult Build(PipelineDefinition pipeline, int index, RecipeRunValues? run = null)
    {
        var diagnostics = new List<Diagnostic>();
        var prepared = Prepare(pipeline, index, diagnostics);
        if (prepared is null || diagnostics.Any(d => d.IsError))
        {
            return new RenderResult(null, diagnostics);
        }

        var rendered = Render(prepared, run ?? RunValuePlaceholders.For(pipeline, pipeline.Stages![index], prepared.Selection));
        return rendered with { Diagnostics = [.. diagnostics, .. rendered.Diagnostics] };
    }
}
