using NovaForge.Runner.Runtimes.Local;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Executors;

/// <summary>Turns a diagnostic into the exception that fails a local job, its text being the job's failure reason.</summary>
public static class LocalJobFailure
{
    public static LocalJobException From(Diagnostic diagnostic, int more = 0) =>
        new(diagnostic.ToCanonicalString()
            + (more > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (and {more} more)") : string.Empty)
            + (diagnostic.Hint is { } hint ? $"\n  = hint: {hint}" : string.Empty));
}
