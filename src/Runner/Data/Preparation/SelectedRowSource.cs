using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Sampling;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>
/// A dataset with <c>sample</c> and/or <c>split</c>: one counting pass decides each part's size (<see cref="SelectionPlan"/>),
/// then each pass assigns the streaming rows to parts (<see cref="RowSelector"/>) and keeps those of the part asked for.
/// </summary>
public sealed class SelectedRowSource(string dataset, RowSource inner, DatasetDefinition definition, string path)
{
    private SelectionPlan? plan;

    public IEnumerable<DataSourceFile> Files => inner.Files;

    public IReadOnlyCollection<string> PartNames => definition.Split?.Keys ?? (IReadOnlyCollection<string>)[];

    /// <summary>The rows of one part; <paramref name="part"/> null means every selected row.</summary>
    public IEnumerable<MappedRow> Rows(string? part, ProblemLog problems, CancellationToken cancellation)
    {
        if (Plan(problems, cancellation) is not { } selection)
        {
            yield break;
        }

        var wanted = part is null ? -1 : selection.IndexOf(part);
        var selector = new RowSelector(selection, definition.Seed ?? 42);
        foreach (var row in inner.Rows(problems, cancellation))
        {
            var assigned = selector.Next();
            if (assigned >= 0 && (part is null || assigned == wanted))
            {
                yield return row;
            }
        }
    }

    public long? CountRows(string? part, ProblemLog problems, CancellationToken cancellation) =>
        Plan(problems, cancellation) is not { } selection ? null
        : part is null ? selection.Selected
        : selection.Parts[selection.IndexOf(part)].Count;

    private SelectionPlan? Plan(ProblemLog problems, CancellationToken cancellation)
    {
        if (plan is null && inner.CountRows(problems, cancellation) is { } rows)
        {
            plan = SelectionPlan.Create(rows, definition.Sample, definition.Split, out var requested);
            if (plan is null)
            {
                problems.ReportFatal(DiagnosticFactory.SplitTooLarge(path, dataset, requested, rows));
            }
        }

        return plan;
    }
}
