using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Validation;

/// <summary>
/// Collects data problems: the first <see cref="Limit"/> are kept in full, the rest only counted, so a file with a
/// million bad rows costs no memory and still reports its total. A fatal problem (unreadable file, invalid UTF-8)
/// stops reading.
/// </summary>
public sealed class ProblemLog(int limit = ProblemLog.DefaultLimit)
{
    public const int DefaultLimit = 20;

    private readonly List<Diagnostic> kept = [];
    private long listed;

    public int Limit { get; } = limit;

    public long ErrorCount { get; private set; }

    public long ProblemCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    /// <summary>Set by a problem after which reading cannot go on.</summary>
    public bool IsFatal { get; private set; }

    /// <summary>Reports a row problem; only the first <see cref="Limit"/> are kept.</summary>
    public void Report(Diagnostic diagnostic)
    {
        ProblemCount++;
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }

        if (listed < Limit)
        {
            listed++;
            kept.Add(diagnostic);
        }
    }

    /// <summary>Reports a problem that stops reading: always kept, even past the limit.</summary>
    public void ReportFatal(Diagnostic diagnostic)
    {
        IsFatal = true;
        ReportGeneral(diagnostic);
    }

    /// <summary>Reports a problem about the whole dataset (definition, row count): always kept, never counted against the limit.</summary>
    public void ReportGeneral(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }

        kept.Add(diagnostic);
    }

    /// <summary>The kept problems in the order they were found, then one summary for the row problems only counted.</summary>
    public IReadOnlyList<Diagnostic> ToList() =>
        ProblemCount > listed ? [.. kept, DiagnosticFactory.MoreProblems(listed, ProblemCount)] : [.. kept];
}
