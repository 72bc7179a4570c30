namespace NovaForge.Runner.Local.Model;

/// <summary>How an answer is chosen: greedy at temperature 0, else sampled (seeded per prompt) from the top-k responses.</summary>
public sealed record DecodingOptions
{
    public double Temperature { get; init; }

    /// <summary>Sample among the k best responses; 0 or less means all.</summary>
    public int TopK { get; init; }

    /// <summary>Answers are cut after this many tokens; null means no limit.</summary>
    public int? MaxNewTokens { get; init; }

    /// <summary>How many alternatives to report per token (0 reports no log-probabilities).</summary>
    public int TopLogprobs { get; init; }

    public int Seed { get; init; } = 42;
}
