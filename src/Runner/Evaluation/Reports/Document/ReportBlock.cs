namespace NovaForge.Runner.Evaluation.Reports.Document;

/// <summary>A piece of the rendered report; Markdown and HTML draw the same blocks, each in its own way.</summary>
public abstract record ReportBlock;
