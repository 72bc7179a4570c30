namespace NovaForge.Schema.Recipes;

/// <summary>A stage's recipe before rendering: which official recipe, where, and every parameter's value.</summary>
public sealed record PreparedRecipe(RecipeSelection Selection, ResolvedParameters Parameters);
