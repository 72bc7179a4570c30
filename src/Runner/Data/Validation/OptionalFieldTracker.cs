using NovaForge.Runner.Data.Mapping;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Validation;

/// <summary>
/// "An optional field is in all rows or in none": the first row decides, each later row that differs is reported
/// with the row that decided. Constant memory, whatever the row count.
/// </summary>
public sealed class OptionalFieldTracker
{
    private readonly Dictionary<RowField, (bool Present, string Row)> first = [];

    public void Observe(RowField field, bool present, MappedRow row, ProblemLog problems)
    {
        if (!first.TryGetValue(field, out var decided))
        {
            first[field] = (present, Describe(row));
            return;
        }

        if (decided.Present != present)
        {
            problems.Report(DiagnosticFactory.OptionalFieldInconsistent(row.Locate(field), row.Record.Row, field.Name(), present, decided.Row));
        }
    }

    private static string Describe(MappedRow row) => FormattableString.Invariant($"row {row.Record.Row} of {row.Map.Source.DisplayPath}");
}
