using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// What <c>run.data_s3_path</c> and <c>run.output_s3_path</c> hold on a platform, as the official files prescribe.
/// HyperPod reads the data and writes the outputs where they point ("required for Sagemaker Hyperpod job"); a training
/// job gets its data through input channels and writes to the estimator's output path, so the files leave both empty
/// there ("Leave empty for Sagemaker Training job", "not compatible with Sagemaker Training jobs"). The exceptions are
/// the files' own: a benchmark's data path is "unmodifiable" (empty everywhere), and the training-job-only RFT files
/// name their data.
/// </summary>
internal static class RunLocations
{
    private static readonly string[] Keys = ["data_s3_path", "output_s3_path"];

    /// <summary>Per path the file has: the empty string, or null for an S3 URI.</summary>
    public static IReadOnlyDictionary<string, string?> Prescribed(string folder, RecipeInfo recipe, JsonNode official, string platform)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            if (official["run"]?[key] is not JsonValue value)
            {
                continue;
            }

            var unmodifiable = OfficialRecipes.Comment(folder, recipe.Path, key).Contains("unmodifiable", StringComparison.OrdinalIgnoreCase);
            var namedOnTrainingJobs = recipe.Platforms.SequenceEqual([NovaCatalog.TrainingJob]) && value.GetValue<string>().Length > 0;
            var filled = !unmodifiable && (platform == NovaCatalog.Hyperpod || namedOnTrainingJobs);
            result[$"run.{key}"] = filled ? null : string.Empty;
        }

        return result;
    }
}
