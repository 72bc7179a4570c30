namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>A section heading (level 1 is the title).</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;
