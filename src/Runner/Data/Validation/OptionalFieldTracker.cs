using NovaForge.Runner.Data.Mapping;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Validation;

/// <summary>
/// "An optional field is in all rows or in none": the first row decides, each later row that differs is reported
/// with the row that decided. Fields are known by name, so a mapped 'system' column and the 'system' of rows that are
/// conversations already count as one field across a mix. Constant memory, whatever the row count.
/// </summary>
public sealed class OptionalFieldTracker
{
    private readonly Dictionary<string, (bool Present, string Row)> first = new(StringComparer.Ordinal);

    /// <summary>A mapped field; a problem points at the field's column.</summary>
    public void Observe(RowField field, bool present, MappedRow row, ProblemLog problems)
    {
        if (Differs(field.Name(), present, row) is { } firstRow)
        {
            problems.Report(DiagnosticFactory.OptionalFieldInconsistent(row.Locate(field), row.Record.Row, field.Name(), present, firstRow));
        }
    }

    /// <summary>A key of a row that is a conversation already (a JSONL line); a problem points at the row.</summary>
    public void Observe(string key, bool present, MappedRow row, ProblemLog problems)
    {
        if (Differs(key, present, row) is { } firstRow)
        {
            problems.Report(DiagnosticFactory.OptionalFieldInconsistent(row.Position.At(), row.Record.Row, key, present, firstRow));
        }
    }

    /// <summary>The row that decided, when this row differs from it; null when it agrees or decides.</summary>
    private string? Differs(string name, bool present, MappedRow row)
    {
        if (!first.TryGetValue(name, out var decided))
        {
            first[name] = (present, Describe(row));
            return null;
        }

        return decided.Present == present ? null : decided.Row;
    }

    private static string Describe(MappedRow row) => FormattableString.Invariant($"row {row.Record.Row} of {row.Map.Source.DisplayPath}");
}
