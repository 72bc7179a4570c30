using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// JSON Lines: one object per line, blank lines skipped. Each line is checked to be UTF-8 and parsed on its own, so a
/// malformed line is reported with its line number and the rest of the file is still read. Strings, numbers and
/// booleans keep their type; objects and arrays are kept as JSON text. A key repeated in one line keeps its last value.
/// Keys have no fixed place in a line, so problems with a row's fields point at the row's line, column 1; malformed
/// JSON and invalid UTF-8 point at the character where they start.
/// </summary>
public sealed class JsonlRecordReader : IRecordReader
{
    private readonly Utf8LineReader lines;
    private readonly ProblemLog problems;
    private readonly List<(int Position, DataValue Value)> fields = [];

    private JsonlRecordReader(DataSourceFile source, Stream stream, ProblemLog problems)
    {
        Source = source;
        this.problems = problems;
        lines = new Utf8LineReader(stream);
    }

    public DataSourceFile Source { get; }

    public ColumnSet Columns { get; } = new();

    public bool HasHeader => false;

    public static JsonlRecordReader? Open(DataSourceFile source, ProblemLog problems) =>
        SourceFiles.OpenRead(source, problems) is { } stream ? new JsonlRecordReader(source, stream, problems) : null;

    public IEnumerable<DataRecord> ReadRecords(IReadOnlyCollection<string>? only = null, CancellationToken cancellation = default)
    {
        var row = 0L;
        while (TryReadLine(out var line))
        {
            cancellation.ThrowIfCancellationRequested();
            if (IsBlank(line.Span))
            {
                continue;
            }

            row++;
            var at = new SourcePosition(Source.DisplayPath, row, lines.LineNumber);
            var invalidAt = InvalidUtf8Offset(line.Span);
            if (invalidAt >= 0)
            {
                problems.ReportFatal(DiagnosticFactory.InvalidUtf8(at.At(CharacterColumn(line.Span, invalidAt)), lines.LineOffset + invalidAt));
                yield break;
            }

            if (Parse(line.Span, at) is { } record)
            {
                yield return record;
            }
        }
    }

    public void Dispose() => lines.Dispose();

    private bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        try
        {
            return lines.TryReadLine(out line);
        }
        catch (LineTooLongException tooLong)
        {
            problems.ReportFatal(DiagnosticFactory.RecordTooLarge(SourceSpan.At(Source.DisplayPath, (int)Math.Min(tooLong.Line, int.MaxValue), 1), Utf8LineReader.MaxLineBytes));
        }
        catch (IOException exception)
        {
            problems.ReportFatal(DiagnosticFactory.DataFileUnreadable(Source.DisplayPath, exception.Message));
        }

        line = default;
        return false;
    }

    private DataRecord? Parse(ReadOnlySpan<byte> line, SourcePosition at)
    {
        fields.Clear();
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Report(DiagnosticFactory.JsonLineNotObject(at.At(), at.Row, TokenKind(reader.TokenType)));
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var position = Columns.Add(reader.GetString()!, out _);
                reader.Read();
                fields.Add((position, ReadValue(ref reader, line)));
            }

            // Anything after the closing brace is an error the reader raises here.
            reader.Read();
        }
        catch (JsonException exception)
        {
            var column = CharacterColumn(line, (int)Math.Min(exception.BytePositionInLine ?? 0, line.Length));
            problems.Report(DiagnosticFactory.MalformedJsonLine(at.At(column), at.Row, Reason(exception.Message)));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            problems.Report(DiagnosticFactory.MalformedJsonLine(at.At(), at.Row, exception.Message));
            return null;
        }

        var values = new DataValue[Columns.Count];
        foreach (var (position, value) in fields)
        {
            values[position] = value;
        }

        return new DataRecord(Columns, values, at.Row, at.Line);
    }

    private static DataValue ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return DataValue.Of(reader.GetString()!);
            case JsonTokenType.Number:
                return new DataValue(DataValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True or JsonTokenType.False:
                return new DataValue(DataValueKind.Boolean, reader.GetBoolean() ? "true" : "false");
            case JsonTokenType.Null:
                return DataValue.Null;
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return new DataValue(DataValueKind.Json, Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]));
        }
    }

    private static string TokenKind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => "null",
    };

    /// <summary>The reader's message without its "LineNumber: 0 | BytePositionInLine: n." tail (the diagnostic has the column).</summary>
    private static string Reason(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail >= 0 ? message[..tail] : message).TrimEnd('.');
    }

    /// <summary>The 1-based character column of a byte offset in a line whose bytes before it are valid UTF-8.</summary>
    private static int CharacterColumn(ReadOnlySpan<byte> line, int byteOffset) => Encoding.UTF8.GetCharCount(line[..byteOffset]) + 1;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>The offset of the first invalid UTF-8 byte in the line, or -1.</summary>
    private static int InvalidUtf8Offset(ReadOnlySpan<byte> line)
    {
        if (Utf8.IsValid(line))
        {
            return -1;
        }

        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(line[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return offset;
            }
        }
    }
}
