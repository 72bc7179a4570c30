namespace NovaForge.Schema.Diagnostics;

/// <summary>How serious a diagnostic is; errors make a pipeline invalid.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
