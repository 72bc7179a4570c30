using System.Text.Json;
using NovaForge.Schema.Recipes;

namespace NovaForge.Runner.Planning;

/// <summary>A stage turned into what a job needs: its recipe, the recipe's parameter values and instances.</summary>
public sealed record CompiledStage
{
    /// <summary>
    /// The recipe rendered with placeholders for what only a run knows (upstream checkpoints, data locations): stable
    /// before upstream stages have run, so it can be part of the fingerprint. Jobs get <see cref="Prepared"/> rendered
    /// again with the run's values.
    /// </summary>
    public string Recipe { get; init; } = string.Empty;

    /// <summary>The selected recipe and its parameters, to render for submission; null for deploy stages.</summary>
    public PreparedRecipe? Prepared { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Parameters { get; init; } = new Dictionary<string, JsonElement>();

    public string? InstanceType { get; init; }

    public int InstanceCount { get; init; } = 1;
}
