namespace NovaForge.Runner.Local.Model.Training;

/// <summary>Scores sampled answers, one reward per rollout in the same order (the stage's reward function).</summary>
public delegate Task<IReadOnlyList<double>> RewardCallback(IReadOnlyList<Rollout> rollouts, CancellationToken cancellation);
