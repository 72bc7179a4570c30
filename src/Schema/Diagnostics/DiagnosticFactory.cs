using System.Globalization;

namespace NovaForge.Schema.Diagnostics;

/// <summary>
/// One method per diagnostic code, so that a code always carries the same wording, severity and hint.
/// Areas live in partial files: NF0xxx files and YAML, NF1xxx schema, NF2xxx interpolation, NF3xxx semantics,
/// NF4xxx recipes, NF5xxx data, NF6xxx state and engine, NF7xxx runtimes, NF8xxx reward functions.
/// </summary>
public static partial class DiagnosticFactory
{
    private static Diagnostic Error(string code, string message, string? hint = null, SourceSpan? at = null, string? path = null) =>
        new(code, DiagnosticSeverity.Error, message, hint, at, path);

    private static Diagnostic Warning(string code, string message, string? hint = null, SourceSpan? at = null, string? path = null) =>
        new(code, DiagnosticSeverity.Warning, message, hint, at, path);

    private static Diagnostic Info(string code, string message, string? hint = null, SourceSpan? at = null, string? path = null) =>
        new(code, DiagnosticSeverity.Info, message, hint, at, path);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string DidYouMean(IEnumerable<string> suggestions)
    {
        var list = suggestions.Take(3).Select(s => $"'{s}'").ToList();
        return list.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", list)}?";
    }

    private static string OneOf(IEnumerable<string> allowed, int max = 12)
    {
        var all = allowed.ToList();
        var shown = string.Join(", ", all.Take(max));
        return all.Count > max ? $"{shown}, ... ({all.Count} in all)" : shown;
    }
}
