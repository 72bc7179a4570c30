using System.Globalization;

namespace NovaForge.Schema.Diagnostics;

/// <summary>
/// The one record every user-facing problem becomes: a code (NFxxxx), a severity, a message, where it is
/// (file, line, column and the YAML path) and a hint saying how to fix it. Built only by <see cref="DiagnosticFactory"/>.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string? Hint = null,
    SourceSpan? Location = null,
    string? YamlPath = null)
{
    public const string DocsBase = "https://github.com/novaforge/NovaForge.Runner/blob/main/docs/diagnostics.md";

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public string HelpLink => $"{DocsBase}#{Code.ToLowerInvariant()}";

    public Diagnostic WithLocation(SourceSpan? location) => location is null ? this : this with { Location = location };

    /// <summary>The canonical single-line form MSBuild, editors and CI logs understand: <c>file(line,col): error NF1001: message</c>.</summary>
    public string ToCanonicalString()
    {
        var level = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var origin = Location is null
            ? "novaforge"
            : string.Create(CultureInfo.InvariantCulture, $"{Location.File}({Location.Line},{Location.Column})");
        return $"{origin}: {level} {Code}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}
