namespace NovaForge.Schema.Tests.Recipes;

/// <summary>The reproduction test's comparison can fail: on order, type, value and key spelling.</summary>
public sealed class RecipeTreeComparerTests
{
    [Theory]
    [InlineData("a: 1\nb: 2\n", "b: 2\na: 1\n")]
    [InlineData("a: 16.0\n", "a: 16\n")]
    [InlineData("a: null\n", "a: \"null\"\n")]
    [InlineData("a: 1e-5\n", "a: 1.0e-04\n")]
    [InlineData("a: {loraplus_lr_ratio: 1}\n", "a: {lora_plus_lr_ratio: 1}\n")]
    [InlineData("a: [0.9, 0.999]\n", "a: [0.9]\n")]
    public void Different_trees_differ(string expected, string actual) =>
        Assert.NotEmpty(RecipeTreeComparer.Differences(OfficialRecipes.Parse("e", expected), OfficialRecipes.Parse("a", actual)));

    [Theory]
    [InlineData("a: 1e-5\n", "a: 1.0e-05\n")]
    [InlineData("run: {name: my-run}\n", "run: {name: \"pipeline-stage\"}\n")]
    [InlineData("a: ${oc.select:b}\n", "a: \"${oc.select:b}\"\n")]
    public void Equal_values_and_run_names_agree(string expected, string actual) =>
        Assert.Empty(RecipeTreeComparer.Differences(OfficialRecipes.Parse("e", expected), OfficialRecipes.Parse("a", actual)));
}
