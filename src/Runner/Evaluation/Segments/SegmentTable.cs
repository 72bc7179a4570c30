namespace NovaForge.Runner.Evaluation.Segments;

/// <summary>Every metric broken down by one metadata field, one row per value (most frequent first).</summary>
public sealed record SegmentTable(string Field, IReadOnlyList<SegmentRow> Rows);
