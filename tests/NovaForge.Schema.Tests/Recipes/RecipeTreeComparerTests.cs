namespace NovaForge.Schema.Tests.Recipes;

/// <summary>The reproduction test's comparison can fail: on order, type, value, key spelling, interpolations and prescribed locations.</summary>
public sealed class RecipeTreeComparerTests
{
    private const string Rollout = "training_config:\n  rollout:\n    rewards:\n      api_endpoint:\n        lambda_arn: ";

    [Theory]
    [InlineData("a: 1\nb: 2\n", "b: 2\na: 1\n")]
    [InlineData("a: 16.0\n", "a: 16\n")]
    [InlineData("a: null\n", "a: \"null\"\n")]
    [InlineData("a: 1e-5\n", "a: 1.0e-04\n")]
    [InlineData("a: {loraplus_lr_ratio: 1}\n", "a: {lora_plus_lr_ratio: 1}\n")]
    [InlineData("a: [0.9, 0.999]\n", "a: [0.9]\n")]
    [InlineData(Rollout + "${oc.select:run.reward_lambda_arn}\n", Rollout + "\"arn:aws:lambda:us-east-1:123456789012:function:reward\"\n")]
    public void Different_trees_differ(string expected, string actual) =>
        Assert.NotEmpty(RecipeTreeComparer.Differences(OfficialRecipes.Parse("e", expected), OfficialRecipes.Parse("a", actual)));

    [Theory]
    [InlineData("a: 1e-5\n", "a: 1.0e-05\n")]
    [InlineData("run: {name: my-run}\n", "run: {name: \"pipeline-stage\"}\n")]
    [InlineData("a: ${oc.select:b}\n", "a: \"${oc.select:b}\"\n")]
    public void Equal_values_and_run_names_agree(string expected, string actual) =>
        Assert.Empty(RecipeTreeComparer.Differences(OfficialRecipes.Parse("e", expected), OfficialRecipes.Parse("a", actual)));

    [Theory]
    [InlineData("", "s3://bucket/data.jsonl")]
    [InlineData(null, "")]
    [InlineData(null, "/local/data.jsonl")]
    public void A_location_other_than_the_prescribed_one_differs(string? prescribed, string rendered) =>
        Assert.NotEmpty(RecipeTreeComparer.Differences(
            OfficialRecipes.Parse("e", "run: {data_s3_path: \"\"}\n"),
            OfficialRecipes.Parse("a", $"run: {{data_s3_path: \"{rendered}\"}}\n"),
            new Dictionary<string, string?> { ["run.data_s3_path"] = prescribed }));

    [Theory]
    [InlineData("", "")]
    [InlineData(null, "s3://bucket/data.jsonl")]
    public void The_prescribed_location_agrees_whatever_the_file_has(string? prescribed, string rendered) =>
        Assert.Empty(RecipeTreeComparer.Differences(
            OfficialRecipes.Parse("e", "run: {data_s3_path: s3://my-bucket-name/train.jsonl}\n"),
            OfficialRecipes.Parse("a", $"run: {{data_s3_path: \"{rendered}\"}}\n"),
            new Dictionary<string, string?> { ["run.data_s3_path"] = prescribed }));
}
