using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>The rows of one source file, read through the dataset's column mapping.</summary>
public sealed class FileRowSource(string dataset, DataSourceFile file, FieldMap map, IRowFormat format) : RowSource
{
    private long? count;

    public override IEnumerable<DataSourceFile> Files => [file];

    public override IEnumerable<MappedRow> Rows(ProblemLog problems, CancellationToken cancellation)
    {
        using var reader = Open(problems);
        if (reader is null)
        {
            yield break;
        }

        foreach (var record in reader.ReadRecords(map.UsedColumns, cancellation))
        {
            yield return new MappedRow(record, map);
        }
    }

    public override long? CountRows(ProblemLog problems, CancellationToken cancellation)
    {
        if (count is null)
        {
            var errorsBefore = problems.ErrorCount;
            using var reader = Open(problems);
            var rows = reader?.ReadRecords([], cancellation).LongCount();
            count = problems.ErrorCount == errorsBefore ? rows : null;
        }

        return count;
    }

    /// <summary>Opens the file and checks, before any row, that the header has every column the rows need.</summary>
    private IRecordReader? Open(ProblemLog problems)
    {
        var reader = RecordReaders.Open(file, problems);
        if (reader is null)
        {
            return null;
        }

        foreach (var (field, column) in map.MissingColumns(reader))
        {
            problems.ReportFatal(DiagnosticFactory.MappedColumnMissing(file.DisplayPath, column, field, reader.Columns.Names));
        }

        var unmapped = format.Required.Where(f => !map.Reads(f) || (reader.HasHeader && !map.ExplicitFields.Contains(f) && reader.Columns.IndexOf(map.ColumnOf(f)) < 0));
        foreach (var field in unmapped)
        {
            problems.ReportFatal(map.ReadsByName
                ? DiagnosticFactory.FieldNotInUnmappedFile(YamlPath.Of("datasets", dataset, "source").ToString(), dataset, file.DisplayPath, field.Name(), $"{format.Name} rows need", conversations: false)
                : DiagnosticFactory.ColumnMappingRequired(YamlPath.Of("datasets", dataset, "columns").ToString(), dataset, field.Name(), $"{format.Name} rows need"));
        }

        if (problems.IsFatal)
        {
            reader.Dispose();
            return null;
        }

        return reader;
    }
}
