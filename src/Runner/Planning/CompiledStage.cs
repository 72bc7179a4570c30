using System.Text.Json;

namespace NovaForge.Runner.Planning;

/// <summary>A stage turned into what a job needs: its rendered recipe, the recipe's parameter values and instances.</summary>
public sealed record CompiledStage
{
    public string Recipe { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, JsonElement> Parameters { get; init; } = new Dictionary<string, JsonElement>();

    public string? InstanceType { get; init; }

    public int InstanceCount { get; init; } = 1;
}
