namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>What one row's golds add to the first-row BLEU: per n-gram of the first hypothesis its highest count, and the gold length closest to the hypothesis (-1 without golds).</summary>
public sealed record FirstRowContribution(IReadOnlyDictionary<NGram, int> MaxCounts, int ClosestLength);
