using System.Text.Json;

namespace NovaForge.Schema.Catalog;

/// <summary>
/// A recipe parameter a stage can override: where it sits in the recipe, its type and constraints.
/// The override name is the recipe's leaf key (<c>lr</c>, <c>max_steps</c>), as in the Nova SDK.
/// </summary>
public sealed record RecipeParameter
{
    /// <summary>Dotted path of the recipe key it sets, e.g. <c>training_config.model.optim.lr</c>.</summary>
    public required string Key { get; init; }

    /// <summary><c>integer</c>, <c>number</c>, <c>boolean</c> or <c>string</c>.</summary>
    public required string Type { get; init; }

    public required string Description { get; init; }

    /// <summary>The group a kind-specific block draws from (<c>inference</c>, <c>rollout</c>); null for the general overrides only.</summary>
    public string? Group { get; init; }

    public JsonElement? Default { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? MultipleOf { get; init; }

    public IReadOnlyList<JsonElement>? Enum { get; init; }

    /// <summary>Whether null is a meaningful value (e.g. <c>reasoning_effort: null</c> turns reasoning off).</summary>
    public bool Nullable { get; init; }

    /// <summary>Other spellings accepted for this parameter (e.g. <c>loraplus_lr_ratio</c>).</summary>
    public IReadOnlyList<string> Aliases { get; set; } = [];
}
