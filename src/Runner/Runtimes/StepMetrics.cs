namespace NovaForge.Runner.Runtimes;

/// <summary>One training or evaluation step as the logs report it; absent values are null.</summary>
public sealed record StepMetrics
{
    public required int Step { get; init; }

    public int? TotalSteps { get; init; }

    public double? Loss { get; init; }

    public double? LearningRate { get; init; }

    public double? RewardMean { get; init; }

    public double? RewardStd { get; init; }

    public double? KlDivergence { get; init; }

    public double? Entropy { get; init; }
}
