using NovaForge.Runner.Cli;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Cli;

public sealed class RecipeCommandTests : IDisposable
{
    private const string Pipeline = """
        name: recipes
        model: nova-lite-2
        runtime: { kind: sagemaker, platform: training-job, region: us-east-1, role: "arn:aws:iam::123456789012:role/NovaForge", storage: "s3://my-bucket/novaforge" }
        datasets:
          questions:
            source: data/questions.csv
            columns: { query: Body, response: Y }
            split: { train: 0.8, test: 0.2 }
        stages:
          - id: sft
            kind: sft
            dataset: questions.train
            instances: { type: ml.p5.48xlarge, count: 4 }
            overrides: { lr: 5e-6, max_steps: 100, global_batch_size: 64 }
          - id: eval_sft
            kind: eval
            from: sft
            dataset: questions.test
            eval: { task: gen_qa, inference: { top_logprobs: 10 } }
          - id: deploy
            kind: deploy
            from: sft
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("novaforge-recipe-").FullName;

    public RecipeCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(directory, "data"));
        File.WriteAllText(Path.Combine(directory, "data", "questions.csv"), "Body,Y\nWhat is 2+2?,4\n");
        File.WriteAllText(Path.Combine(directory, "pipeline.yaml"), Pipeline);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Prints_one_stages_recipe_with_its_overrides()
    {
        var result = await CliRunner.RunAsync(directory, "recipe", "pipeline.yaml", "sft");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("run:\n  name: \"recipes-sft\"\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n    lr: 5.0e-06\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n  replicas: 4\n", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Set_overrides_reach_the_recipe()
    {
        var result = await CliRunner.RunAsync(directory, "recipe", "pipeline.yaml", "eval_sft", "--set", "stages.eval_sft.eval.inference.top_logprobs=20");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("\n  top_logprobs: 20\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("model_name_or_path: \"<checkpoint of stage 'sft'>\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_writes_every_stages_recipe_and_nothing_else()
    {
        var written = await CliRunner.RunAsync(directory, "recipe", "pipeline.yaml", "--out", "recipes");
        var printed = await CliRunner.RunAsync(directory, "recipe", "pipeline.yaml", "eval_sft");

        Assert.Equal(ExitCodes.Success, written.ExitCode);
        Assert.Equal(["eval_sft.yaml", "sft.yaml"], Directory.EnumerateFileSystemEntries(Path.Combine(directory, "recipes")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(printed.Output, File.ReadAllText(Path.Combine(directory, "recipes", "eval_sft.yaml")));
    }

    [Theory]
    [InlineData("nope", "no stage 'nope' in pipeline.yaml; its stages are: sft, eval_sft, deploy")]
    [InlineData("deploy", "stage 'deploy' deploys a model and has no recipe; stages with recipes: sft, eval_sft")]
    [InlineData(null, "name a stage to print its recipe, or use --out DIR")]
    public async Task Usage_errors_exit_2_with_the_reason(string? stage, string message)
    {
        var result = await CliRunner.RunAsync(directory, stage is null ? ["recipe", "pipeline.yaml"] : ["recipe", "pipeline.yaml", stage]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task An_invalid_pipeline_prints_located_diagnostics_and_exits_1()
    {
        File.WriteAllText(Path.Combine(directory, "pipeline.yaml"), Pipeline.Replace("global_batch_size: 64 }", "global_batch_size: 64, max_epochs: 2 }", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(directory, "recipe", "pipeline.yaml", "sft");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("pipeline.yaml(14,", result.Error, StringComparison.Ordinal);
        Assert.Contains("error NF3129", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
