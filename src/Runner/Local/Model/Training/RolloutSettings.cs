namespace NovaForge.Runner.Local.Model.Training;

/// <summary>RFT rollout and loss settings: samples per prompt, sampling temperature and top-k, KL and entropy weights.</summary>
public sealed record RolloutSettings
{
    public int NumberGeneration { get; init; } = 2;

    public double Temperature { get; init; } = 1;

    /// <summary>Sample among the k best responses; 0 or less means all.</summary>
    public int TopK { get; init; }

    /// <summary>Sampled answers are cut to this many tokens before the reward sees them.</summary>
    public int? MaxNewTokens { get; init; }

    /// <summary>Weight of KL(policy || starting policy) in the loss.</summary>
    public double KlCoefficient { get; init; } = 0.001;

    /// <summary>Weight of the entropy bonus (subtracted from the loss).</summary>
    public double EntropyCoefficient { get; init; }
}
