using System.Text.Json;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Recipes;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>The catalog is consistent with itself and with the embedded templates, without any reference data.</summary>
public sealed class CatalogIntegrityTests
{
    private static readonly NovaCatalog Catalog = NovaCatalog.Default;

    public static TheoryData<string> RecipeIds() => [.. Catalog.Recipes.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RecipeIds))]
    public void Recipe_references_models_images_sets_and_templates_that_exist(string id)
    {
        var recipe = Catalog.Recipes.Single(r => r.Id == id);

        Assert.True(Catalog.Models.ContainsKey(recipe.Model), recipe.Model);
        Assert.All(recipe.Platforms, platform => Assert.True(Catalog.Images[recipe.Image].Tags.ContainsKey(platform), $"image {recipe.Image} has no {platform} tag"));
        Assert.All(recipe.Parameters, set => Assert.True(Catalog.ParameterSets.ContainsKey(set), set));
        Assert.NotNull(EmbeddedTemplates.Read(recipe.Template));
        Assert.Contains(recipe.Replicas.Default, recipe.Replicas.Allowed);
        Assert.Equal(recipe.Kind == "eval", recipe.EvalRecipe is not null);
        Assert.Equal(recipe.Kind is "sft" or "dpo" or "rft", recipe.Method is not null);
    }

    [Theory]
    [MemberData(nameof(RecipeIds))]
    public void Recipe_parameters_are_unique_and_their_defaults_satisfy_their_constraints(string id)
    {
        var recipe = Catalog.Recipes.Single(r => r.Id == id);
        var names = recipe.Parameters.SelectMany(set => Catalog.ParameterSets[set].SelectMany(p => p.Value.Aliases.Prepend(p.Key))).ToList();
        var parameters = Catalog.ParametersOf(recipe);

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(recipe.Defaults.Keys.Concat(recipe.Constraints.Keys).Concat(recipe.InstanceConstraints.Values.SelectMany(c => c.Keys)), name => Assert.Contains(name, parameters.Keys));
        Assert.All(recipe.InstanceConstraints.Keys, type => Assert.Contains(type, recipe.InstanceTypes));
        foreach (var type in recipe.InstanceTypes)
        {
            foreach (var (name, parameter) in Catalog.ParametersOn(recipe, type))
            {
                if (parameter.Default is { } value)
                {
                    Assert.Null(ParameterValueCheck.Check(parameter, value, name, id, name));
                }

                Assert.Contains(parameter.Type, new[] { "integer", "number", "boolean", "string" });
                Assert.Contains(parameter.Group, new[] { null, "inference", "rollout" });
            }
        }
    }

    [Fact]
    public void Every_eval_task_runs_on_some_recipe_and_eval_parameters_are_inference_settings()
    {
        Assert.All(Catalog.EvalTasks, task => Assert.Contains(Catalog.Recipes, r => r.EvalRecipe == task.Value.Recipe));
        var evalParameters = Catalog.Recipes.Where(r => r.Kind == "eval").SelectMany(Catalog.ParametersOf);
        Assert.All(evalParameters, p => Assert.Equal("inference", p.Value.Group));
        Assert.Equal([57, 27, 7, 2, 29], new[] { "mmlu", "bbh", "math", "strong_reject", "mmmu" }.Select(t => Catalog.EvalTasks[t].Subtasks.Count));
    }

    [Fact]
    public void Inference_tiers_name_catalog_models()
    {
        Assert.NotEmpty(Catalog.InferenceTiers);
        Assert.All(Catalog.InferenceTiers, tier => Assert.True(Catalog.Models.ContainsKey(tier.Model), tier.Model));
    }

    [Fact]
    public void Numbers_keep_the_type_they_are_written_with()
    {
        var lora = Catalog.ParametersOf(Catalog.Recipes.Single(r => r.Id == "nova_lite_2_0_p5_gpu_lora_sft"));
        var byod = Catalog.ParametersOf(Catalog.Recipes.Single(r => r.Id == "nova_lite_2_0_p5_48xl_gpu_bring_your_own_dataset_eval"));

        Assert.Equal("64.0", lora["lora_plus_lr_ratio"].Default!.Value.GetRawText());
        Assert.Equal("0", byod["temperature"].Default!.Value.GetRawText());
        Assert.Equal(JsonValueKind.Number, byod["top_p"].Default!.Value.ValueKind);
    }
}
