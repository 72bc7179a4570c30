using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Recipes;

namespace NovaForge.MSBuild;

/// <summary>
/// Renders the recipe of every stage of every valid pipeline, with placeholder run values (what <c>novaforge recipe</c>
/// prints), into <c>OutputDirectory/&lt;pipeline file name&gt;/&lt;stage id&gt;.yaml</c>, so reviewers can diff what a
/// pipeline change does to the jobs it would submit.
/// </summary>
public sealed class RenderPipelineRecipes : PipelineTask
{
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The recipe files written, for <c>FileWrites</c>.</summary>
    [Output]
    public ITaskItem[] RecipeFiles { get; private set; } = [];

    public override bool Execute()
    {
        var builder = new StageRecipeBuilder(NovaCatalog.Default);
        var written = new List<ITaskItem>();
        foreach (var pipeline in Pipelines)
        {
            Guarded(pipeline, "rendering the recipes of", () => written.AddRange(Render(builder, pipeline)));
        }

        RecipeFiles = [.. written];
        Log.LogMessage(MessageImportance.Normal, $"NovaForge: rendered {written.Count} recipe(s) into {OutputDirectory}.");
        return !Log.HasLoggedErrors;
    }

    private List<ITaskItem> Render(StageRecipeBuilder builder, ITaskItem item)
    {
        // The validation target has reported this pipeline's files and columns already; rendering needs only the model.
        var loaded = Load(item, new LoadOptions { CheckFiles = false });
        var folder = Path.Combine(OutputDirectory, item.GetMetadata("Filename"));
        if (Directory.Exists(folder))
        {
            // Recipes of stages that were removed or renamed must not linger beside the current ones.
            foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml"))
            {
                File.Delete(stale);
            }
        }

        if (loaded.HasErrors || loaded.Pipeline?.Stages is not { } stages || loaded.Document is not { } document)
        {
            Log.LogMessage(MessageImportance.Normal, $"NovaForge: no recipes rendered for {item.ItemSpec}: it is not valid (run 'novaforge validate {item.ItemSpec}').");
            return [];
        }

        var written = new List<ITaskItem>();
        for (var index = 0; index < stages.Count; index++)
        {
            var result = builder.Build(loaded.Pipeline, index);
            foreach (var diagnostic in result.Diagnostics)
            {
                Diagnostics.Write(PipelineLoader.Locate(diagnostic, document), item.ItemSpec);
            }

            if (result.Text is { } text && stages[index]?.Id is { } stage)
            {
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, stage + ".yaml");
                File.WriteAllText(file, text);
                written.Add(new TaskItem(file));
            }
        }

        return written;
    }
}
