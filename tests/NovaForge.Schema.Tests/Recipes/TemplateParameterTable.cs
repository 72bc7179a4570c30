using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Reads <c>nova_recipe_template_parameters.json</c>: which upstream template describes a catalog recipe, and a template
/// variable's type, enum, range and default for one recipe (its conditional constraints resolved by recipe name).
/// </summary>
internal sealed class TemplateParameterTable(JsonNode root)
{
    /// <summary>Template variables that are not parameters: names, paths, ARNs, the eval block and launcher-only settings.</summary>
    public static readonly IReadOnlySet<string> RunVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "data_s3_path", "output_s3_path", "validation_s3_path", "model_name_or_path", "reward_lambda_arn",
        "mlflow_tracking_uri", "mlflow_experiment_name", "mlflow_run_name", "namespace", "max_context_length",
        "task", "strategy", "metric", "subtask", "lambda_arn", "lambda_type", "preset_reward_function", "replicas",
    };

    /// <summary>The upstream variable name of a catalog parameter, where they differ.</summary>
    private static readonly IReadOnlyDictionary<string, string> ParameterNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["learning_rate"] = "lr",
        ["lora_alpha"] = "alpha",
        ["learning_rate_ratio"] = "lora_plus_lr_ratio",
        ["adam_beta"] = "beta",
    };

    public static string ParameterOf(string variable) => ParameterNames.TryGetValue(variable, out var name) ? name : variable;

    /// <summary>The upstream template for a recipe, or null for the eval families it has none for (rubric judge, rft_eval).</summary>
    public static string? TemplateOf(RecipeInfo recipe, ModelInfo model)
    {
        var two = model.Generation == 2 ? "_2_0" : string.Empty;
        var lora = recipe.Method == "lora" ? "lora_" : string.Empty;
        return recipe.Kind switch
        {
            "sft" => $"nova_{lora}sft{two}",
            "dpo" => $"nova_{lora}dpo",
            "cpt" => $"nova_pretrain{two}",
            "rft" => recipe.Platforms.Contains(NovaCatalog.Hyperpod) ? $"nova_{lora}rft" : $"nova_smtj_{lora}rft",
            _ => recipe.EvalRecipe switch
            {
                "byod" => $"nova_bring_your_own_dataset{two}_eval",
                "text_benchmark" => $"nova_general_text_benchmark{two}_eval",
                "multimodal_benchmark" => $"nova_general_multi_modal_benchmark{two}_eval",
                "llm_judge" => "nova_llm_judge_eval",
                _ => null,
            },
        };
    }

    public IEnumerable<string> Variables(string template) =>
        root["templates"]![template]!["recipe_override_parameters"]!.AsObject().Select(p => p.Key);

    /// <summary>A variable's constraint (<c>type</c>, <c>enum</c>, <c>min</c>, <c>max</c>, <c>default</c>) for a recipe, conditional ones resolved.</summary>
    public JsonNode? Constraint(string template, string variable, string recipeId, string constraint)
    {
        var parameter = root["templates"]![template]!["recipe_override_parameters"]![variable]!;
        if (parameter["conditional_constraints"]?[constraint]?["Name"] is JsonObject byName)
        {
            return byName[recipeId] ?? byName["default"];
        }

        return parameter[constraint];
    }
}
