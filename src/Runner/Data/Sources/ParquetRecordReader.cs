using System.Globalization;
using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;
using Parquet;
using Parquet.Schema;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// Apache Parquet through Parquet.Net, one row group at a time (memory is bounded by the largest row group of the
/// columns read). Top-level string, boolean, integer, floating-point, decimal and date columns are read; other types
/// are reported when mapped. Parquet has no lines: a row's "line" is its row number.
/// </summary>
public sealed class ParquetRecordReader : IRecordReader, IFieldLocator
{
    private readonly Stream stream;
    private readonly ParquetReader reader;
    private readonly ProblemLog problems;
    private readonly Dictionary<string, DataField> fields;

    private ParquetRecordReader(DataSourceFile source, Stream stream, ParquetReader reader, ProblemLog problems)
    {
        Source = source;
        this.stream = stream;
        this.reader = reader;
        this.problems = problems;
        fields = reader.Schema.Fields.OfType<DataField>().Where(f => !f.IsArray).ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var field in reader.Schema.Fields)
        {
            Columns.Add(field.Name, out _);
        }
    }

    public DataSourceFile Source { get; }

    public ColumnSet Columns { get; } = new();

    public bool HasHeader => true;

    public static ParquetRecordReader? Open(DataSourceFile source, ProblemLog problems)
    {
        if (SourceFiles.OpenRead(source, problems) is not { } stream)
        {
            return null;
        }

        try
        {
            var reader = ParquetReader.CreateAsync(stream, leaveStreamOpen: true).GetAwaiter().GetResult();
            return new ParquetRecordReader(source, stream, reader, problems);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            stream.Dispose();
            problems.ReportFatal(DiagnosticFactory.ParquetUnreadable(source.DisplayPath, exception.Message));
            return null;
        }
    }

    public IEnumerable<DataRecord> ReadRecords(IReadOnlyCollection<string>? only = null, CancellationToken cancellation = default)
    {
        var wanted = (only ?? Columns.Names).Where(c => Columns.IndexOf(c) >= 0).Distinct(StringComparer.Ordinal).ToList();
        var unreadable = wanted.FirstOrDefault(c => !fields.TryGetValue(c, out var field) || !ParquetValues.CanRead(field));
        if (unreadable is not null)
        {
            var type = fields.TryGetValue(unreadable, out var field) ? $"{field.ClrType.Name}[]" : "a nested group";
            problems.ReportFatal(DiagnosticFactory.ParquetColumnType(Source.DisplayPath, unreadable, type));
            yield break;
        }

        var row = 0L;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            if (ReadGroup(group, wanted, cancellation) is not { } columns)
            {
                yield break;
            }

            var count = columns.Count == 0 ? 0 : columns[0].Values.Length;
            for (var i = 0; i < count; i++)
            {
                row++;
                var values = new DataValue[Columns.Count];
                foreach (var (position, column) in columns)
                {
                    values[position] = column[i];
                }

                yield return new DataRecord(Columns, values, row, row, this);
            }
        }
    }

    /// <summary>A Parquet file has no lines: a problem is placed at the row number and the column's position in the schema.</summary>
    (long Line, int Column) IFieldLocator.Locate(DataRecord record, int position) => (record.Line, position + 1);

    public void Dispose()
    {
        reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stream.Dispose();
    }

    private List<(int Position, DataValue[] Values)>? ReadGroup(int group, List<string> wanted, CancellationToken cancellation)
    {
        try
        {
            using var groupReader = reader.OpenRowGroupReader(group);
            var rows = checked((int)groupReader.RowCount);
            return [.. wanted.Select(c => (Columns.IndexOf(c), ParquetValues.Read(groupReader, fields[c], rows, cancellation)))];
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException or OverflowException)
        {
            problems.ReportFatal(DiagnosticFactory.ParquetUnreadable(Source.DisplayPath, string.Create(CultureInfo.InvariantCulture, $"row group {group + 1}: {exception.Message}")));
            return null;
        }
    }
}
