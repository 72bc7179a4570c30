using System.Text.Json;
using NovaForge.Schema.Catalog;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// One recipe parameter's effective value: the stage's override, or the recipe's default. <see cref="Value"/> is null
/// when neither is set and the template decides (save_steps falls back to max_steps); a JSON null is a real null.
/// </summary>
public sealed record ResolvedParameter(string Name, RecipeParameter Definition, JsonElement? Value, string? OverriddenAt)
{
    public bool IsOverridden => OverriddenAt is not null;

    /// <summary>The value as a number, when it is one.</summary>
    public double? Number => Value is { ValueKind: JsonValueKind.Number } number ? number.GetDouble() : null;
}
