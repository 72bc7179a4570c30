using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.Runtimes;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>
/// Jobs get their recipe rendered with the run's values (upstream checkpoint, data and output locations, reward
/// function), while the fingerprint keeps the placeholder rendering that exists before upstream stages have run.
/// </summary>
public sealed class SubmittedRecipeTests
{
    private const string TwoStagePipeline = EngineFixture.Header + """
        {runtime}
        stages:
          - id: sft
            kind: sft
            dataset: questions.train
            overrides: { max_steps: 10, global_batch_size: 32 }
          - id: eval_sft
            kind: eval
            from: sft
            dataset: questions.test
            eval: { task: gen_qa }
        """;

    private static string TwoStages(string runtime) => TwoStagePipeline.Replace("{runtime}", runtime, StringComparison.Ordinal);

    [Fact]
    public async Task The_eval_job_of_a_checkpoint_reads_that_checkpoint_and_no_placeholder()
    {
        using var fixture = new EngineFixture(TwoStages(runtime: string.Empty));

        var (outcome, _) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Succeeded, outcome);
        var sft = fixture.Runtime.RequestOf(fixture.Runtime.Submissions[0]);
        var eval = fixture.Runtime.RequestOf(fixture.Runtime.Submissions[1]);
        Assert.Contains($"\n  model_name_or_path: \"s3://bucket/checkpoints/{sft.JobName}\"\n", eval.Recipe, StringComparison.Ordinal);
        Assert.DoesNotContain('<', eval.Recipe);
        Assert.DoesNotContain('<', sft.Recipe);
    }

    [Fact]
    public async Task The_fingerprint_hashes_the_placeholder_rendering_not_the_submitted_one()
    {
        using var fixture = new EngineFixture(TwoStages(runtime: string.Empty));

        await fixture.RunAsync();

        var eval = fixture.Runtime.RequestOf(fixture.Runtime.Submissions[1]);
        var fingerprinted = fixture.State.Stages["eval_sft"].Inputs["recipe"];
        Assert.NotEqual(CanonicalJson.Sha256(eval.Recipe), fingerprinted);
        Assert.Equal(CanonicalJson.Sha256(eval.Recipe.Replace($"s3://bucket/checkpoints/{fixture.Runtime.Submissions[0]}", "<checkpoint of stage 'sft'>", StringComparison.Ordinal)), fingerprinted);
    }

    [Fact]
    public async Task Every_submitted_recipe_of_the_local_example_is_free_of_placeholders_and_names_local_functions_plainly()
    {
        using var fixture = new EngineFixture();

        await fixture.RunAsync();

        var requests = fixture.Runtime.Submissions.Select(fixture.Runtime.RequestOf).ToList();
        Assert.All(requests, r => Assert.DoesNotContain('<', r.Recipe));
        var rft = requests.Single(r => r.StageId == "rft");
        Assert.Contains("\n  reward_lambda_arn: \"builtin:exact_label\"\n", rft.Recipe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hyperpod")]
    [InlineData("training-job")]
    public async Task Data_and_output_locations_reach_the_job_on_either_platform(string platform)
    {
        var cluster = platform == "hyperpod" ? ", hyperpod: { cluster: my-hyperpod }" : string.Empty;
        var runtime = $"runtime: {{ kind: sagemaker, platform: {platform}{cluster}, region: us-east-1, role: \"arn:aws:iam::123456789012:role/NovaForge\", storage: \"s3://bucket/novaforge\" }}";
        using var fixture = new EngineFixture(TwoStages(runtime));

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.True(outcome == RunOutcome.Succeeded, string.Join("\n", diagnostics));
        var sft = fixture.Runtime.RequestOf(fixture.Runtime.Submissions[0]);
        var train = Assert.Single(sft.Data, d => d.Channel == PreparedData.TrainChannel);
        Assert.Equal($"s3://bucket/novaforge/jobs/{sft.JobName}/output", sft.OutputPath);
        var (data, output) = platform == "hyperpod" ? (train.Location, sft.OutputPath) : (string.Empty, string.Empty);
        Assert.Contains($"\n  data_s3_path: \"{data}\"\n", sft.Recipe, StringComparison.Ordinal);
        Assert.Contains($"\n  output_s3_path: \"{output}\"\n", sft.Recipe, StringComparison.Ordinal);
    }
}
