using NovaForge.Schema.Catalog;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Recipes;
using NovaForge.Schema.Tests.Support;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// The case study's rendered recipes (SFT and RFT with their overrides and the reward Lambda, each gen_qa eval),
/// from the pipeline file through the loader, against golden files.
/// </summary>
public sealed class CaseStudyGoldenTests
{
    private static readonly string PipelineFile = RepositoryPaths.InRepository("tests", "NovaForge.Schema.Tests", "Recipes", "CaseStudy", "pipeline.yaml");

    [Fact]
    public void Case_study_pipeline_is_valid()
    {
        var result = PipelineLoader.Load(PipelineFile, new LoadOptions { CheckFiles = false });

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("sft")]
    [InlineData("eval_sft")]
    [InlineData("rft")]
    [InlineData("eval_rft")]
    public void Stage_recipe_matches_its_golden_file(string stage)
    {
        var pipeline = PipelineLoader.Load(PipelineFile, new LoadOptions { CheckFiles = false }).Pipeline!;
        var index = pipeline.Stages!.FindIndex(s => s.Id == stage);

        var rendered = new StageRecipeBuilder(NovaCatalog.Default).Build(pipeline, index);

        Assert.Empty(rendered.Diagnostics);
        GoldenFile.AssertMatches(rendered.Text!, "Recipes", "CaseStudy", $"{stage}.golden.yaml");
    }
}
