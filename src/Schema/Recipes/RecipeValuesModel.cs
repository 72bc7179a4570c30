using System.Text.Json;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;
using NovaForge.Schema.Serialization;
using Scriban.Runtime;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// The only thing a template sees: read-only objects of preformatted YAML scalars (see <see cref="YamlScalarText"/>).
/// <c>p</c> holds the recipe's parameters (null when unset), <c>has</c> tells for every catalog parameter whether this
/// recipe has it, <c>run</c> the run block's names and paths, <c>eval</c> the evaluation block, <c>recipe</c> what is
/// rendered. No .NET object, function or side effect is reachable.
/// </summary>
internal static class RecipeValuesModel
{
    public static ScriptObject Build(NovaCatalog catalog, RecipeSelection selection, ResolvedParameters parameters, RecipeRunValues run)
    {
        var model = new ScriptObject
        {
            ["p"] = ReadOnly(parameters.Values.Values.Select(v => (v.Name, (object?)YamlScalarText.Of(v)))),
            ["has"] = ReadOnly(catalog.ParameterSets.Values.SelectMany(s => s.Keys).Distinct().Select(n => (n, (object?)parameters.Values.ContainsKey(n)))),
            ["run"] = Run(selection, run),
            ["recipe"] = ReadOnly(
            [
                ("id", selection.Recipe.Id),
                ("kind", selection.Recipe.Kind),
                ("method", selection.Recipe.Method ?? string.Empty),
                ("platform", selection.Platform),
                ("generation", selection.Model.Generation),
            ]),
        };
        if (selection.Eval is { } eval)
        {
            model["eval"] = Eval(eval, run);
        }

        model.IsReadOnly = true;
        return model;
    }

    private static ScriptObject Run(RecipeSelection selection, RecipeRunValues run) => ReadOnly(
    [
        ("name", YamlScalarText.String(run.Name)),
        ("model_type", YamlScalarText.String(selection.Model.ModelType)),
        ("model_name_or_path", YamlScalarText.String(run.ModelNameOrPath)),
        ("replicas", YamlScalarText.Integer(selection.Replicas)),
        ("data_s3_path", YamlScalarText.String(ReadsDataset(selection) ? run.DataS3Path : string.Empty)),
        ("validation_data_s3_path", YamlScalarText.String(run.ValidationDataS3Path)),
        ("validation_data_s3_path_list", FlowMapping(run.ValidationDataS3PathList)),
        ("output_s3_path", YamlScalarText.String(run.OutputS3Path)),
        ("reward_lambda_arn", YamlScalarText.String(run.RewardLambdaArn)),
        ("mlflow_tracking_uri", YamlScalarText.String(run.MlflowTrackingUri)),
        ("mlflow_experiment_name", YamlScalarText.String(run.MlflowExperimentName)),
        ("mlflow_run_name", YamlScalarText.String(run.MlflowRunName)),
    ]);

    /// <summary>Benchmarks bring their own data: their files mark run.data_s3_path "unmodifiable" and leave it empty.</summary>
    private static bool ReadsDataset(RecipeSelection selection) => selection.Eval?.Info.UsesDataset ?? true;

    /// <summary>The evaluation block; without a processor the official defaults stay (lambda_type rft, an empty ARN: inert).</summary>
    private static ScriptObject Eval(EvalSelection eval, RecipeRunValues run)
    {
        var processor = eval.Processor;
        return ReadOnly(
        [
            ("task", YamlScalarText.String(eval.Task)),
            ("strategy", YamlScalarText.String(eval.Strategy)),
            ("metric", YamlScalarText.String(eval.Metric)),
            ("subtask", YamlScalarText.String(eval.Subtask)),
            ("processor_lambda_arn", YamlScalarText.String(run.ProcessorLambdaArn)),
            ("processor_lambda_type", YamlScalarText.String(processor is null ? "rft" : EnumName(processor.Type ?? ProcessorType.CustomMetrics))),
            ("processor_preprocessing", YamlScalarText.Boolean(processor?.Preprocessing ?? false)),
            ("processor_postprocessing", YamlScalarText.Boolean(processor?.Postprocessing ?? true)),
            ("processor_aggregation", YamlScalarText.String(EnumName(processor?.Aggregation ?? Aggregation.Average))),
            ("reward_lambda_arn", YamlScalarText.String(run.RewardLambdaArn)),
        ]);
    }

    private static string FlowMapping(IReadOnlyDictionary<string, string> entries) =>
        "{" + string.Join(", ", entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{YamlScalarText.String(e.Key)}: {YamlScalarText.String(e.Value)}")) + "}";

    private static string EnumName<T>(T value)
        where T : struct, Enum => JsonSerializer.SerializeToElement(value, NovaJson.Options).GetString()!;

    private static ScriptObject ReadOnly(IEnumerable<(string Name, object? Value)> members)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in members)
        {
            result[name] = value;
        }

        result.IsReadOnly = true;
        return result;
    }
}
