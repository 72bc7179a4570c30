using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>One part of a sampled or split dataset (or all of its selected rows, when no part is named).</summary>
public sealed class PartRowSource(SelectedRowSource dataset, string? part) : RowSource
{
    public override IEnumerable<DataSourceFile> Files => dataset.Files;

    public override IEnumerable<MappedRow> Rows(ProblemLog problems, CancellationToken cancellation) => dataset.Rows(part, problems, cancellation);

    public override long? CountRows(ProblemLog problems, CancellationToken cancellation) => dataset.CountRows(part, problems, cancellation);
}
