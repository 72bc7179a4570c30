using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// Column names for pipeline validation, without reading the data: the CSV header, the Parquet schema's top-level
/// fields, and for JSONL (which has no header) the union of the keys of the first <see cref="JsonlSampleRows"/> rows,
/// in the order they first appear. A key that only appears further down is not seen here; preparation still reads it.
/// Answers are remembered per file (path, size, modification time, format), so validating many pipelines over the
/// same data in one call reads each file once.
/// </summary>
public sealed class DataSourceInspector : IDataSourceInspector
{
    public const int JsonlSampleRows = 100;

    private readonly Dictionary<(string, long, DateTime, DataFormat, string), (IReadOnlyList<string>? Columns, string? Problem)> seen = [];

    public IReadOnlyList<string>? ReadColumns(string fullPath, DataFormat format, string delimiter, out string? problem)
    {
        var info = new FileInfo(fullPath);
        var key = (fullPath, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default, format, delimiter);
        if (!seen.TryGetValue(key, out var answer))
        {
            answer = (Read(fullPath, format, delimiter, out var readProblem), readProblem);
            seen[key] = answer;
        }

        problem = answer.Problem;
        return answer.Columns;
    }

    private static IReadOnlyList<string>? Read(string fullPath, DataFormat format, string delimiter, out string? problem)
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
