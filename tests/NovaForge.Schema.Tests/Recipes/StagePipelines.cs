using System.Text.Json;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>One-stage pipelines for selection and override tests, prepared through the same builder the check uses.</summary>
internal static class StagePipelines
{
    public static readonly RuntimeDefinition TrainingJob = new() { Kind = RuntimeKind.Sagemaker, Platform = Platform.TrainingJob };

    public static readonly RuntimeDefinition Hyperpod = new() { Kind = RuntimeKind.Sagemaker, Platform = Platform.Hyperpod };

    public static PipelineDefinition With(string model, StageDefinition stage, RuntimeDefinition? runtime = null) =>
        new() { Name = "test", Model = model, Runtime = runtime ?? TrainingJob, Stages = [stage with { Id = stage.Id ?? "stage" }] };

    public static (PreparedRecipe? Recipe, List<Diagnostic> Diagnostics) Prepare(PipelineDefinition pipeline)
    {
        var diagnostics = new List<Diagnostic>();
        return (new StageRecipeBuilder(NovaCatalog.Default).Prepare(pipeline, 0, diagnostics), diagnostics);
    }

    public static Dictionary<string, JsonElement> Values(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    /// <summary>Loads pipeline text through the whole loader (schema, binding, checks), as <c>novaforge validate</c> does.</summary>
    public static LoadResult Load(string yaml)
    {
        var (document, diagnostics) = YamlFileReader.Parse(new SourceText("pipeline.yaml", yaml));
        return PipelineLoader.Load("pipeline.yaml", document, diagnostics, new LoadOptions { CheckFiles = false });
    }
}
