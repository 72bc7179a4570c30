using System.Buffers;

namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// Splits a stream into lines of raw bytes ('\n' or "\r\n"), without decoding, in a buffer that grows only as far
/// as the longest line (bounded by <see cref="MaxLineBytes"/>). Skips a leading UTF-8 BOM.
/// </summary>
public sealed class Utf8LineReader : IDisposable
{
    public const int MaxLineBytes = 64 << 20;

    private readonly Stream stream;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int start;
    private int end;
    private bool endOfStream;
    private bool started;
    private long consumed;
    private bool disposed;

    public Utf8LineReader(Stream stream) => this.stream = stream;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The offset in the file of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>The next line without its terminator, valid until the next call; false at the end. Throws <see cref="LineTooLongException"/> past the limit.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = TrimCarriageReturn(buffer.AsMemory(start, length));
                Advance(length + 1);
                return true;
            }

            searched = end - start;
            if (searched > MaxLineBytes)
            {
                throw new LineTooLongException(LineNumber + 1);
            }

            if (!Fill())
            {
                if (start == end)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(buffer.AsMemory(start, end - start));
                Advance(end - start);
                return true;
            }
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<byte>.Shared.Return(buffer);
        stream.Dispose();
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private void Advance(int count)
    {
        LineNumber++;
        LineOffset = consumed;
        consumed += count;
        start += count;
    }

    private bool Fill()
    {
        if (endOfStream)
        {
            return false;
        }

        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        endOfStream = read == 0;
        end += read;
        if (!started && end >= 3)
        {
            started = true;
            if (buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                start = 3;
                consumed = 3;
            }
        }

        return read > 0;
    }
}
