using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// A <see cref="TextReader"/> over UTF-8 bytes that refuses invalid sequences instead of replacing them, and knows the
/// line and column of the offending byte (a <see cref="StreamReader"/> only knows its buffer). Skips a leading BOM.
/// </summary>
public sealed class StrictUtf8Reader : TextReader
{
    private const int BufferSize = 1 << 16;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int start;
    private int end;
    private bool endOfStream;
    private bool started;
    private long lineBreaksBefore;
    private int charsIntoLine;
    private long bytesBefore;
    private int pendingChar = -1;
    private bool disposed;

    public StrictUtf8Reader(Stream stream, bool leaveOpen = false)
    {
        this.stream = stream;
        this.leaveOpen = leaveOpen;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override int Read(Span<char> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        if (pendingChar >= 0)
        {
            destination[0] = (char)pendingChar;
            pendingChar = -1;
            return 1;
        }

        while (true)
        {
            if (start == end && !Fill())
            {
                return 0;
            }

            var status = Utf8.ToUtf16(buffer.AsSpan(start, end - start), destination, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: endOfStream);
            Consume(read, written);
            if (written > 0)
            {
                return written;
            }

            if (status == OperationStatus.InvalidData)
            {
                throw new InvalidUtf8Exception(lineBreaksBefore + 1, charsIntoLine + 1, bytesBefore);
            }

            if (status == OperationStatus.DestinationTooSmall)
            {
                return ReadSurrogatePair(destination);
            }

            // NeedMoreData: a sequence is cut by the buffer's end; at the end of the file that makes it invalid.
            if (!Fill())
            {
                return 0;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        // Owners such as CsvParser dispose their reader too; returning the pooled buffer twice would hand it to two renters.
        if (disposing && !disposed)
        {
            disposed = true;
            ArrayPool<byte>.Shared.Return(buffer);
            if (!leaveOpen)
            {
                stream.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>A one-char destination cannot take a surrogate pair: hand out the high half now, the low half next call.</summary>
    private int ReadSurrogatePair(Span<char> destination)
    {
        Span<char> pair = stackalloc char[2];
        var status = Utf8.ToUtf16(buffer.AsSpan(start, end - start), pair, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: endOfStream);
        if (status == OperationStatus.InvalidData && written == 0)
        {
            throw new InvalidUtf8Exception(lineBreaksBefore + 1, charsIntoLine + 1, bytesBefore);
        }

        Consume(read, written);
        destination[0] = pair[0];
        if (written == 2)
        {
            pendingChar = pair[1];
        }

        return 1;
    }

    /// <summary>Moves past bytes that decoded to <paramref name="chars"/> characters, keeping count of lines and of the characters into the current line.</summary>
    private void Consume(int count, int chars)
    {
        var consumed = buffer.AsSpan(start, count);
        var breaks = consumed.Count((byte)'\n');
        if (breaks == 0)
        {
            charsIntoLine += chars;
        }
        else
        {
            lineBreaksBefore += breaks;
            charsIntoLine = Encoding.UTF8.GetCharCount(consumed[(consumed.LastIndexOf((byte)'\n') + 1)..]);
        }

        bytesBefore += count;
        start += count;
    }

    /// <summary>Moves what is left to the front and reads more; false at the end of the stream with nothing left.</summary>
    private bool Fill()
    {
        if (endOfStream)
        {
            return start < end;
        }

        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        do
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            endOfStream = read == 0;
            end += read;
        }
        while (!started && end < Bom.Length && !endOfStream);

        if (!started && (end >= Bom.Length || endOfStream))
        {
            started = true;
            if (buffer.AsSpan(0, end).StartsWith(Bom))
            {
                start = Bom.Length;
                bytesBefore = Bom.Length;
            }
        }

        return start < end || !endOfStream;
    }
}
