using System.Text.Json;
using NovaForge.Runner.Planning;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;

namespace NovaForge.Runner.Engine;

/// <summary>
/// Compiles a stage with the recipe catalog: the official recipe it maps to, its parameter values and instances, and the
/// recipe rendered with run values that depend only on the pipeline (placeholders for what a run fills in), so the
/// rendering is a pure function of the inputs and can be part of the fingerprint. <see cref="Render"/> renders it
/// again, from the same templates and catalog, with a job's real values.
/// </summary>
public sealed class RecipeStageCompiler(NovaCatalog catalog) : IStageCompiler
{
    private readonly StageRecipeBuilder builder = new(catalog);

    public CompiledStage Compile(LoadResult pipeline, StageDefinition stage, ICollection<Diagnostic> diagnostics)
    {
        var definition = pipeline.Pipeline!;
        var index = definition.Stages!.IndexOf(stage);
        if (stage.Kind == StageKind.Deploy)
        {
            return new CompiledStage { InstanceType = stage.Instances?.Type, InstanceCount = stage.Instances?.Count ?? 1 };
        }

        var prepared = builder.Prepare(definition, index, diagnostics);
        if (prepared is null)
        {
            return new CompiledStage();
        }

        var rendered = builder.Render(prepared, RunValuePlaceholders.For(definition, stage, prepared.Selection));
        foreach (var diagnostic in rendered.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return new CompiledStage
        {
            Recipe = rendered.Text ?? string.Empty,
            Prepared = prepared,
            Parameters = prepared.Parameters.Values.ToDictionary(p => p.Key, p => p.Value.Value ?? NullElement, StringComparer.Ordinal),
            InstanceType = prepared.Selection.InstanceType,
            InstanceCount = prepared.Selection.Replicas,
        };
    }

    public RenderResult Render(PreparedRecipe recipe, RecipeRunValues run) => builder.Render(recipe, run);

    private static readonly JsonElement NullElement = JsonDocument.Parse("null").RootElement.Clone();
}
