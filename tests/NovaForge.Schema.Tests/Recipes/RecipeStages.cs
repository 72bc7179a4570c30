using System.Text.Json;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>Builds one-stage pipelines that correspond to a catalog recipe, as a user would write them.</summary>
internal static class RecipeStages
{
    public const string RewardArn = "arn:aws:lambda:us-east-1:123456789012:function:reward";

    /// <summary>A stage that selects <paramref name="recipe"/>: its model, kind, method, platform (its first unless given), first instance type and (for eval) <paramref name="task"/>.</summary>
    public static PipelineDefinition For(RecipeInfo recipe, string? task = null, Dictionary<string, JsonElement>? overrides = null, string? platform = null) => new()
    {
        Name = "repro",
        Model = recipe.Model,
        Runtime = new RuntimeDefinition
        {
            Kind = RuntimeKind.Sagemaker,
            Platform = (platform ?? recipe.Platforms[0]) == NovaCatalog.Hyperpod ? Platform.Hyperpod : Platform.TrainingJob,
            Storage = "s3://repro-bucket/novaforge",
        },
        Stages =
        [
            new StageDefinition
            {
                Id = "stage",
                Kind = Kind(recipe.Kind),
                Method = recipe.Method switch { "lora" => TrainingMethod.Lora, "full" => TrainingMethod.Full, _ => null },
                Dataset = "data.train",
                Instances = new InstancesDefinition { Type = recipe.InstanceTypes[0] },
                Overrides = overrides,
                Eval = recipe.Kind == "eval" ? new EvalDefinition { Task = task, Reward = task == "rft_eval" ? new FunctionReference { Lambda = RewardArn } : null } : null,
                Rft = recipe.Kind == "rft" ? new RftDefinition { Reward = new FunctionReference { Lambda = RewardArn } } : null,
            },
        ],
    };

    public static StageKind Kind(string kind) => kind switch
    {
        "eval" => StageKind.Eval,
        "sft" => StageKind.Sft,
        "dpo" => StageKind.Dpo,
        "rft" => StageKind.Rft,
        "cpt" => StageKind.Cpt,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a recipe kind"),
    };

    /// <summary>The eval task an official eval file names, or null for training recipes.</summary>
    public static string? TaskOf(System.Text.Json.Nodes.JsonNode official) => official["evaluation"]?["task"]?.GetValue<string>();
}
