using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Recipes;
using Xunit.Abstractions;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// For each official Nova recipe: the stage that corresponds to it, with no overrides, renders on every platform the
/// recipe runs on to YAML whose key tree is the official one (order and spelling included) and whose values equal the
/// official defaults in value and type (names and ARNs aside; the data and output locations as the file prescribes them
/// for that platform).
/// </summary>
public sealed class RecipeReproductionTests(ITestOutputHelper output)
{
    private const int SupportedRecipes = 50;

    [Fact]
    public void Every_supported_official_recipe_is_reproduced_key_for_key()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var catalog = NovaCatalog.Default;
        var builder = new StageRecipeBuilder(catalog);
        var files = OfficialRecipes.Files(folder);
        var reproduced = new List<string>();
        var failures = new List<string>();
        var notReproduced = new List<string>();
        foreach (var (id, path, official) in files)
        {
            if (catalog.Recipes.FirstOrDefault(r => r.Id == id) is not { } recipe)
            {
                notReproduced.Add($"{path}: {OfficialRecipes.Unsupported(path) ?? "MISSING from the catalog"}");
                if (OfficialRecipes.Unsupported(path) is null)
                {
                    failures.Add($"{path}: no catalog recipe, and its kind is supported");
                }

                continue;
            }

            var differences = recipe.Platforms.SelectMany(platform => Differences(builder, folder, recipe, official, platform)).ToList();
            if (differences.Count > 0)
            {
                failures.Add($"{path}:\n    {string.Join("\n    ", differences)}");
                continue;
            }

            reproduced.Add(path);
        }

        output.WriteLine($"{reproduced.Count} of {files.Count} reproduced");
        output.WriteLine($"not reproduced ({notReproduced.Count}):");
        notReproduced.ForEach(n => output.WriteLine($"  {n}"));
        failures.ForEach(f => output.WriteLine($"FAILED {f}"));
        Assert.Empty(failures);
        Assert.Equal(SupportedRecipes, reproduced.Count);
    }

    private static IEnumerable<string> Differences(StageRecipeBuilder builder, string folder, RecipeInfo recipe, JsonNode official, string platform)
    {
        var pipeline = RecipeStages.For(recipe, RecipeStages.TaskOf(official), platform: platform);
        var diagnostics = new List<Diagnostics.Diagnostic>();
        var selected = builder.Prepare(pipeline, 0, diagnostics)?.Selection.Recipe.Id;
        var rendered = builder.Build(pipeline, 0);
        if (selected != recipe.Id || !rendered.Succeeded)
        {
            return [$"{platform}: selected {selected ?? "nothing"}; {string.Join("; ", rendered.Diagnostics)}"];
        }

        var prescribed = RunLocations.Prescribed(folder, recipe, official, platform);
        return RecipeTreeComparer.Differences(official, OfficialRecipes.Parse(recipe.Id, rendered.Text!), prescribed).Select(d => $"{platform}: {d}");
    }
}
