using NovaForge.Schema.Checks;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// For every training and eval stage: is there an official recipe for this model, kind, method, platform, task and
/// instance type and count, and does the recipe have a place for each override with a valid value?
/// </summary>
public sealed class RecipeCheck : IPipelineCheck
{
    public void Run(CheckContext context)
    {
        var builder = new StageRecipeBuilder(context.Catalog);
        var stages = context.Pipeline.Stages ?? [];
        var diagnostics = new List<Diagnostic>();
        for (var index = 0; index < stages.Count; index++)
        {
            if (stages[index] is { Kind: not null and not StageKind.Deploy })
            {
                builder.Prepare(context.Pipeline, index, diagnostics);
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            context.Report(diagnostic);
        }
    }
}
