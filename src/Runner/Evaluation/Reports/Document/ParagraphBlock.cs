namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>A line of prose.</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;
