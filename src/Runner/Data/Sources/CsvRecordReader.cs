using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// RFC 4180 CSV through CsvHelper's parser: a header row is required, fields may be quoted and span lines, quotes are
/// doubled inside quotes, the delimiter is configurable. The bytes are decoded strictly (<see cref="StrictUtf8Reader"/>).
/// Problems point at the line and character column where the field starts (a record may span lines).
/// </summary>
public sealed class CsvRecordReader : IRecordReader, IFieldLocator
{
    /// <summary>The longest field accepted; beyond it a quote was almost certainly left open.</summary>
    public const int MaxFieldChars = 16 << 20;

    private readonly StrictUtf8Reader text;
    private readonly CsvParser parser;
    private readonly ProblemLog problems;
    private string? strayQuoteField;
    private long dataRows;
    private DataRecord? current;

    private CsvRecordReader(DataSourceFile source, Stream stream, ProblemLog problems)
    {
        Source = source;
        this.problems = problems;
        text = new StrictUtf8Reader(stream);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = source.Delimiter,
            Mode = CsvMode.RFC4180,
            // Blank lines come through as one empty field and are skipped here, so every record starts on the line after the previous one ended.
            IgnoreBlankLines = false,
            MaxFieldSize = MaxFieldChars,
            BufferSize = 1 << 16,
            BadDataFound = args => strayQuoteField ??= args.Field,
        };
        parser = new CsvParser(text, configuration);
    }

    public DataSourceFile Source { get; }

    public ColumnSet Columns { get; } = new();

    public bool HasHeader => true;

    /// <summary>Opens the file and reads its header; null (with a fatal problem logged) when that fails.</summary>
    public static CsvRecordReader? Open(DataSourceFile source, ProblemLog problems)
    {
        if (SourceFiles.OpenRead(source, problems) is not { } stream)
        {
            return null;
        }

        var reader = new CsvRecordReader(source, stream, problems);
        if (reader.ReadHeader())
        {
            return reader;
        }

        reader.Dispose();
        return null;
    }

    public IEnumerable<DataRecord> ReadRecords(IReadOnlyCollection<string>? only = null, CancellationToken cancellation = default)
    {
        var positions = only is null
            ? Enumerable.Range(0, Columns.Count).ToArray()
            : [.. only.Select(Columns.IndexOf).Where(i => i >= 0).Distinct().Order()];
        var expected = Columns.Count;
        var previousEnd = (long)parser.RawRow;
        while (TryRead(previousEnd))
        {
            cancellation.ThrowIfCancellationRequested();
            var line = previousEnd + 1;
            previousEnd = parser.RawRow;
            if (parser.Count == 1 && parser[0].Length == 0)
            {
                continue;
            }

            dataRows++;
            if (parser.Count != expected)
            {
                // Too many fields: where the first extra one starts; too few: just after the last one.
                problems.Report(DiagnosticFactory.RaggedRow(FieldAt(line, Math.Min(parser.Count, expected)), dataRows, parser.Count, expected));
                strayQuoteField = null;
                continue;
            }

            var values = new DataValue[expected];
            foreach (var position in positions)
            {
                values[position] = DataValue.Of(parser[position]);
            }

            ReportStrayQuote(line);
            current = new DataRecord(Columns, values, dataRows, line, this);
            yield return current;
        }
    }

    /// <summary>The parser disposes the text reader it reads from.</summary>
    public void Dispose() => parser.Dispose();

    /// <summary>
    /// Found in the raw text of the record the parser is on, which is the record just read: rows are checked as they
    /// stream. An older record (never asked for today) is placed at its first line.
    /// </summary>
    (long Line, int Column) IFieldLocator.Locate(DataRecord record, int position) =>
        ReferenceEquals(record, current) ? FieldStart(record.Line, position) : (record.Line, 1);

    private SourceSpan FieldAt(long firstLine, int position)
    {
        var (line, column) = FieldStart(firstLine, position);
        return new SourcePosition(Source.DisplayPath, dataRows, line).At(column);
    }

    /// <summary>Where a field of the record the parser is on starts, given the line the record starts on.</summary>
    private (long Line, int Column) FieldStart(long firstLine, int position)
    {
        var (line, column) = CsvFieldStart.Find(parser.RawRecord, position, Source.Delimiter);
        return (firstLine + line, column);
    }

    private bool ReadHeader()
    {
        if (!TryRead(0))
        {
            if (!problems.IsFatal)
            {
                problems.ReportFatal(DiagnosticFactory.CsvHeaderMissing(Source.DisplayPath));
            }

            return false;
        }

        for (var i = 0; i < parser.Count; i++)
        {
            Columns.Add(parser[i], out var duplicate);
            if (duplicate)
            {
                problems.ReportGeneral(DiagnosticFactory.DuplicateColumn(FieldAt(1, i), parser[i]));
            }
        }

        strayQuoteField = null;
        return true;
    }

    /// <summary>Reads the next record; false at the end or after a fatal problem (logged with its line).</summary>
    private bool TryRead(long previousEnd)
    {
        try
        {
            return parser.Read();
        }
        catch (Exception exception) when (SourceFiles.Find<InvalidUtf8Exception>(exception) is { } invalid)
        {
            problems.ReportFatal(DiagnosticFactory.InvalidUtf8(new SourcePosition(Source.DisplayPath, dataRows, invalid.Line).At(invalid.Column), invalid.ByteOffset));
        }
        catch (MaxFieldSizeException)
        {
            problems.ReportFatal(DiagnosticFactory.RecordTooLarge(SourceSpan.At(Source.DisplayPath, (int)Math.Min(previousEnd + 1, int.MaxValue), 1), MaxFieldChars * 2L));
        }
        catch (IOException exception)
        {
            problems.ReportFatal(DiagnosticFactory.DataFileUnreadable(Source.DisplayPath, exception.Message));
        }

        return false;
    }

    private void ReportStrayQuote(long line)
    {
        if (strayQuoteField is null)
        {
            return;
        }

        var position = Enumerable.Range(0, parser.Count).FirstOrDefault(i => parser[i] == strayQuoteField);
        problems.Report(DiagnosticFactory.CsvStrayQuote(FieldAt(line, position), dataRows, Columns.Names[position]));
        strayQuoteField = null;
    }
}
