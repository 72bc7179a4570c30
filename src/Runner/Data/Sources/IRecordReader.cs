using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Validation;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// Streams the rows of one source file. Problems (ragged rows, malformed lines, invalid UTF-8) go to the
/// <see cref="ProblemLog"/> with their location; a row that cannot be read is skipped, and a fatal problem ends the
/// stream. Memory stays bounded by the largest row (for Parquet, by a row group).
/// </summary>
public interface IRecordReader : IDisposable
{
    DataSourceFile Source { get; }

    /// <summary>The columns: from the header or schema at open; for JSONL they grow as new keys appear.</summary>
    ColumnSet Columns { get; }

    /// <summary>Whether all columns are known before the first row (CSV header, Parquet schema).</summary>
    bool HasHeader { get; }

    /// <summary>The rows in file order. <paramref name="only"/> names the columns needed, so CSV and Parquet can skip the others (which then read as missing); JSONL parses whole lines and keeps every key.</summary>
    IEnumerable<DataRecord> ReadRecords(IReadOnlyCollection<string>? only = null, CancellationToken cancellation = default);
}
