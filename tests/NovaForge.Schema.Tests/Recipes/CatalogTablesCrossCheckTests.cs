using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using Xunit.Abstractions;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>The catalog's instance types against <c>nova_metadata.json</c> and its image URIs against <c>nova_regional_parameters.json</c>.</summary>
public sealed class CatalogTablesCrossCheckTests(ITestOutputHelper output)
{
    private static readonly NovaCatalog Catalog = NovaCatalog.Default;

    /// <summary>The regional table's platform keys.</summary>
    private static readonly IReadOnlyDictionary<string, string> Platforms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["k8s"] = NovaCatalog.Hyperpod,
        ["sm_jobs"] = NovaCatalog.TrainingJob,
    };

    [Fact]
    public void Instance_types_are_the_metadata_tables()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var metadata = OfficialRecipes.ReadJson(folder, "nova_metadata.json").AsObject();
        foreach (var recipe in Catalog.Recipes)
        {
            var listed = metadata[recipe.Id]!["instance_types"]!.AsArray().Select(t => t!.GetValue<string>());
            Assert.True(listed.Order().SequenceEqual(recipe.InstanceTypes.Order()), $"{recipe.Id}: metadata [{string.Join(", ", listed)}], catalog [{string.Join(", ", recipe.InstanceTypes)}]");
        }

        var files = OfficialRecipes.Files(folder).ToDictionary(f => f.Id, f => f.Path);
        var withoutRecipe = metadata.Select(m => m.Key).Where(id => Catalog.Recipes.All(r => r.Id != id)).ToList();
        Assert.All(withoutRecipe, id => Assert.NotNull(OfficialRecipes.Unsupported(files[id])));
    }

    [Fact]
    public void Image_uris_per_region_and_platform_are_the_regional_table()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var regional = OfficialRecipes.ReadJson(folder, "nova_regional_parameters.json").AsObject();
        var absent = new List<string>();
        foreach (var recipe in Catalog.Recipes)
        {
            if (regional[recipe.Id] is not JsonObject entry)
            {
                absent.Add(recipe.Id);
                continue;
            }

            var published = Platforms.Where(p => entry[p.Key]?["container_image"] is not null).Select(p => p.Value).Order();
            Assert.True(published.SequenceEqual(recipe.Platforms.Order()), $"{recipe.Id}: the table publishes it for [{string.Join(", ", published)}], the catalog says [{string.Join(", ", recipe.Platforms)}]");
            foreach (var (key, platform) in Platforms)
            {
                foreach (var (field, images) in entry[key]?.AsObject() ?? [])
                {
                    if (!field.EndsWith("container_image", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var sidecars = Catalog.Images[recipe.Image].Sidecars;
                    AssertSameUris($"{recipe.Id} {key}.{field}", images!["prod"]!.AsObject(), region => field == "container_image"
                        ? Catalog.ImageUri(recipe, platform, region)
                        : sidecars.TryGetValue(field, out var tag) && Catalog.ImageUri(recipe, platform, region) is not null ? Catalog.Uri(tag, region) : null);
                }
            }
        }

        // The regional table omits the judge and rft_eval recipes; they run the same evaluation image (the Nova SDK builds that URI itself).
        Assert.All(absent, id => Assert.Contains(Catalog.Recipes.Single(r => r.Id == id).EvalRecipe, new[] { "llm_judge", "rubric_llm_judge", "rft_eval" }));
        output.WriteLine($"absent from the regional table, evaluation image assumed: {string.Join(", ", absent)}");

        var all = regional["all"]!;
        AssertSameUris("all hosting", all["hosting"]!["container_image"]!["prod"]!.AsObject(), region => Catalog.ImageUri("hosting", NovaCatalog.Hosting, region));
        AssertSameUris("all k8s init", all["k8s"]!["init_container_image"]!["prod"]!.AsObject(), region => Catalog.ImageUri("hyperpod-init", NovaCatalog.Hyperpod, region));
    }

    private static void AssertSameUris(string what, JsonObject expected, Func<string, string?> actual)
    {
        foreach (var (region, uri) in expected)
        {
            Assert.True(actual(region) == uri!.GetValue<string>(), $"{what} in {region}: table {uri}, catalog {actual(region) ?? "none"}");
        }

        var extra = Catalog.Regions.Keys.Where(r => !expected.ContainsKey(r) && actual(r) is not null).ToList();
        Assert.True(extra.Count == 0, $"{what}: the catalog publishes it in {string.Join(", ", extra)} too");
    }
}
