namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>A bulleted list.</summary>
public sealed record ListBlock(IReadOnlyList<string> Items) : ReportBlock;
