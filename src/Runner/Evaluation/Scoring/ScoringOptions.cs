using NovaForge.Schema.Model;

namespace NovaForge.Runner.Evaluation.Scoring;

/// <summary>What to compute beside the gen_qa metrics, which are always computed.</summary>
public sealed record ScoringOptions
{
    /// <summary>Label extraction; classification analysis runs when it is enabled.</summary>
    public Classification.LabelExtraction? Labels { get; init; }

    /// <summary>Below it an answer is low-confidence; at or above it a wrong answer is an over-confident error.</summary>
    public double ConfidenceThreshold { get; init; } = 0.8;

    /// <summary>How BYOM per-example metrics are combined (the recipe's processor.aggregation).</summary>
    public Aggregation ByomAggregation { get; init; } = Aggregation.Average;

    /// <summary>The metadata fields to break metrics down by; null for every field found.</summary>
    public IReadOnlyList<string>? SegmentFields { get; init; }

    /// <summary>How many examples are scored in parallel before they are added in order.</summary>
    public int BatchSize { get; init; } = 1024;
}
