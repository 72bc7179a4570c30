namespace NovaForge.Runner.Local.Functions;

/// <summary>One entry of a reward result's metrics_list.</summary>
public sealed record RewardMetric(string Name, double Value, string Type);
