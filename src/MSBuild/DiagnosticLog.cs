using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.MSBuild;

/// <summary>
/// Logs diagnostics through MSBuild's structured events (code, file, line, column, help link), so IDEs list them on
/// the right line and the console shows the canonical <c>file(line,col): error NF1001: message</c> form.
/// </summary>
public sealed class DiagnosticLog(TaskLoggingHelper log)
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    /// <summary>Logs one diagnostic; one without a location is put on <paramref name="pipelineFile"/>.</summary>
    public void Write(Diagnostic diagnostic, string pipelineFile)
    {
        var file = diagnostic.Location?.File ?? pipelineFile;
        var line = diagnostic.Location?.Line ?? 0;
        var column = diagnostic.Location?.Column ?? 0;
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} (hint: {diagnostic.Hint})";

        // The end of the span is left out on purpose: with it, loggers print "(line,col-endcol)", which VS Code's and
        // CI's MSBuild problem matchers do not parse, and the line would no longer match what 'novaforge validate' prints.
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                Errors++;
                log.LogError(null, diagnostic.Code, diagnostic.Code, diagnostic.HelpLink, file, line, column, 0, 0, message);
                break;
            case DiagnosticSeverity.Warning:
                Warnings++;
                log.LogWarning(null, diagnostic.Code, diagnostic.Code, diagnostic.HelpLink, file, line, column, 0, 0, message);
                break;
            default:
                log.LogMessage(null, diagnostic.Code, diagnostic.Code, file, line, column, 0, 0, MessageImportance.Normal, message);
                break;
        }
    }
}
