using System.Text;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Recipes;

namespace NovaForge.Schema.Tests.Recipes;

public sealed class RenderDeterminismTests
{
    public static TheoryData<string> RecipeIds() => [.. NovaCatalog.Default.Recipes.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RecipeIds))]
    public void Rendering_twice_gives_identical_bytes(string id)
    {
        var recipe = NovaCatalog.Default.Recipes.Single(r => r.Id == id);
        var task = recipe.EvalRecipe is { } family ? NovaCatalog.Default.EvalTasks.First(t => t.Value.Recipe == family).Key : null;

        var first = new StageRecipeBuilder(NovaCatalog.Default).Build(RecipeStages.For(recipe, task), 0).Text!;
        var second = new StageRecipeBuilder(NovaCatalog.Default).Build(RecipeStages.For(recipe, task), 0).Text!;

        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", first, StringComparison.Ordinal);
    }
}
