using System.Text.Json;

namespace NovaForge.Schema.Catalog;

/// <summary>
/// One official Nova recipe: which model, kind, method and platforms it serves, the instances it allows,
/// the template that renders it and the parameters a stage may override.
/// </summary>
public sealed record RecipeInfo
{
    /// <summary>The official file's name without extension, e.g. <c>nova_lite_2_0_p5_gpu_lora_sft</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The official file's path under <c>recipes_collection/recipes/</c>.</summary>
    public required string Path { get; init; }

    public required string Model { get; init; }

    /// <summary>The stage kind (<c>sft</c>, <c>dpo</c>, <c>rft</c>, <c>cpt</c>, <c>eval</c>).</summary>
    public required string Kind { get; init; }

    /// <summary><c>lora</c> or <c>full</c> for training recipes; null for evaluation.</summary>
    public string? Method { get; init; }

    /// <summary>For evaluation recipes, the family (<c>byod</c>, <c>text_benchmark</c>, ...) an eval task names in <see cref="EvalTaskInfo.Recipe"/>.</summary>
    public string? EvalRecipe { get; init; }

    /// <summary><c>training-job</c> and/or <c>hyperpod</c>.</summary>
    public required IReadOnlyList<string> Platforms { get; init; }

    /// <summary>The Scriban template under <c>recipes/templates/</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The image family in <see cref="NovaCatalog.Images"/>.</summary>
    public required string Image { get; init; }

    public required IReadOnlyList<string> InstanceTypes { get; init; }

    public required ReplicaInfo Replicas { get; init; }

    /// <summary>The parameter sets in <see cref="NovaCatalog.ParameterSets"/> this recipe composes, in order.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>This recipe's values where they differ from the parameter set's defaults (the official file's values).</summary>
    public IReadOnlyDictionary<string, JsonElement> Defaults { get; set; } = new Dictionary<string, JsonElement>();

    /// <summary>This recipe's constraints where they differ from the parameter set's (e.g. g5 max_length).</summary>
    public IReadOnlyDictionary<string, ParameterConstraint> Constraints { get; set; } = new Dictionary<string, ParameterConstraint>();

    /// <summary>Constraints that apply on one instance type only (e.g. DPO max_length on p4d), by instance type.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ParameterConstraint>> InstanceConstraints { get; set; } =
        new Dictionary<string, IReadOnlyDictionary<string, ParameterConstraint>>();
}
