namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>A table; columns from <see cref="FirstNumericColumn"/> on hold numbers and are right-aligned.</summary>
public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, int FirstNumericColumn = 1) : ReportBlock;
