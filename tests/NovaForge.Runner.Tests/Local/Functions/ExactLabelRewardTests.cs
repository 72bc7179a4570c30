using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Tests.Local.Functions;

public sealed class ExactLabelRewardTests
{
    [Theory]
    [InlineData("LQ_EDIT", "LQ_EDIT", 1.0)]
    [InlineData("The question is LQ_CLOSE.", "LQ_CLOSE", 1.0)]
    [InlineData("hq", "HQ", 1.0)]
    [InlineData("This is LQ_EDIT, not HQ", "HQ", -1.0)]
    [InlineData("no idea", "HQ", -1.0)]
    [InlineData("LQ_CLOSE", " lq_close\n", 1.0)]
    public async Task Scores_the_first_label_found_longest_labels_first(string answer, string reference, double expected)
    {
        await using var reward = new ExactLabelReward(["HQ", "LQ_EDIT", "LQ_CLOSE"]);

        var result = await reward.ScoreAsync([Sample(answer, reference)], default);

        Assert.Equal(expected, result.Scores[0]!.Score);
    }

    [Fact]
    public void Labels_come_from_the_data_when_the_pipeline_lists_none()
    {
        var (function, problem) = RewardFunctions.Create(new FunctionSpec { Builtin = "exact_label" }, ["network", "access", "network"], _ => null);

        var reward = Assert.IsType<ExactLabelReward>(function);
        Assert.Null(problem);
        Assert.Equal(["NETWORK", "ACCESS"], reward.Labels);
        Assert.Equal(-1.0, reward.Score(Sample("hardware", "network")).Score);
        Assert.Equal(0.0, reward.Score(Sample("hardware", "network")).Metrics.Single(m => m.Name == "valid_label").Value);
    }

    [Fact]
    public void Without_labels_or_references_it_says_so()
    {
        var (function, problem) = RewardFunctions.Create(new FunctionSpec { Builtin = "exact_label" }, [], _ => null);

        Assert.Null(function);
        Assert.Equal("NF8017", problem!.Code);
    }

    [Fact]
    public void A_lambda_arn_cannot_run_locally()
    {
        var (function, problem) = RewardFunctions.Create(new FunctionSpec { LambdaArn = "arn:aws:lambda:us-east-1:123456789012:function:reward" }, [], _ => null);

        Assert.Null(function);
        Assert.Equal("NF8018", problem!.Code);
    }

    private static RewardSample Sample(string answer, string reference) =>
        RewardSample.Create("s1", new JsonObject { ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "q" }), ["reference_answer"] = reference }, answer);
}
