using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>
/// A stream of mapped rows: a source file, a selection (sample or split part) of another source, or a mix of sources.
/// Nothing is held in memory: each pass reads the files again.
/// </summary>
public abstract class RowSource
{
    /// <summary>The rows in order. Problems go to the log; a fatal one ends the stream.</summary>
    public abstract IEnumerable<MappedRow> Rows(ProblemLog problems, CancellationToken cancellation);

    /// <summary>How many rows <see cref="Rows"/> yields (a full reading pass for files, remembered); null when reading failed.</summary>
    public abstract long? CountRows(ProblemLog problems, CancellationToken cancellation);

    /// <summary>The files the rows come from, for fingerprints and content hashes.</summary>
    public abstract IEnumerable<DataSourceFile> Files { get; }
}
