namespace NovaForge.Runner.Local.Functions;

/// <summary>A sample's reward as the function returned it.</summary>
public sealed record RewardScore(string Id, double Score, IReadOnlyList<RewardMetric> Metrics);
