using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// Column names for pipeline validation, without reading the data: the CSV header, the Parquet schema's top-level
/// fields, and for JSONL (which has no header) the union of the keys of the first <see cref="JsonlSampleRows"/> rows,
/// in the order they first appear. A key that only appears further down is not seen here; preparation still reads it.
/// </summary>
public sealed class DataSourceInspector : IDataSourceInspector
{
    public const int JsonlSampleRows = 100;

    public IReadOnlyList<string>? ReadColumns(string fullPath, DataFormat format, string delimiter, out string? problem)
    {
        var problems = new ProblemLog();
        using var reader = RecordReaders.Open(new DataSourceFile(fullPath, fullPath, format, delimiter), problems);
        if (reader is not null && !reader.HasHeader)
        {
            foreach (var _ in reader.ReadRecords().Take(JsonlSampleRows))
            {
            }
        }

        var first = problems.ToList().FirstOrDefault(d => d.IsError);
        problem = first?.Message;
        return first is null && reader is not null ? [.. reader.Columns.Names] : null;
    }
}
