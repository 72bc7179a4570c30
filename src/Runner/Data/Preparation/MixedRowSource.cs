using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>A <c>mix</c>: its components' rows concatenated in the order listed (e.g. the RFT part, then the SFT part).</summary>
public sealed class MixedRowSource(IReadOnlyList<RowSource> components) : RowSource
{
    public override IEnumerable<DataSourceFile> Files => components.SelectMany(c => c.Files);

    public override IEnumerable<MappedRow> Rows(ProblemLog problems, CancellationToken cancellation)
    {
        foreach (var component in components)
        {
            foreach (var row in component.Rows(problems, cancellation))
            {
                yield return row;
            }

            if (problems.IsFatal)
            {
                yield break;
            }
        }
    }

    public override long? CountRows(ProblemLog problems, CancellationToken cancellation)
    {
        var total = 0L;
        foreach (var component in components)
        {
            if (component.CountRows(problems, cancellation) is not { } rows)
            {
                return null;
            }

            total += rows;
        }

        return total;
    }
}
