namespace NovaForge.Runner.Local.Functions;

/// <summary>A reward function the local runtime can call: a user's Python handler or a built-in.</summary>
public interface IRewardFunction : IAsyncDisposable
{
    /// <summary>What it is, for logs: the file name or the built-in's name.</summary>
    string Name { get; }

    /// <summary>Scores samples; failures of the user's code come back as diagnostics naming the sample, never as exceptions.</summary>
    Task<RewardBatchResult> ScoreAsync(IReadOnlyList<RewardSample> samples, CancellationToken cancellation);
}
