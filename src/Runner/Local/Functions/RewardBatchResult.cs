using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Functions;

/// <summary>Rewards for samples, in input order (null where the function gave no valid score), and what went wrong.</summary>
public sealed record RewardBatchResult(IReadOnlyList<RewardScore?> Scores, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.Count == 0 && Scores.All(s => s is not null);
}
