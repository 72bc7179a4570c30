using System.ComponentModel;
using System.Text.Json;

namespace NovaForge.Schema.Model;

/// <summary>Reinforcement fine-tuning: the reward and the rollout.</summary>
[Description("Reinforcement fine-tuning settings.")]
public sealed record RftDefinition
{
    [SchemaRequired]
    [Description("The reward function scoring each sampled response.")]
    public FunctionReference? Reward { get; init; }

    [Description("Rollout settings: number_generation, max_new_tokens, temperature, top_k, lambda_concurrency_limit.")]
    [OverridesMap("rollout")]
    public Dictionary<string, JsonElement>? Rollout { get; init; }
}
