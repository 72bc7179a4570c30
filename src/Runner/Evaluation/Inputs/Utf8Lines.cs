namespace NovaForge.Runner.Evaluation.Inputs;

/// <summary>
/// The lines of a UTF-8 file as byte ranges, without decoding them to strings first (JSON parses from UTF-8 directly).
/// A yielded line is valid until the next one is requested. A leading byte-order mark and trailing '\r' are dropped.
/// </summary>
public static class Utf8Lines
{
    public static IEnumerable<ReadOnlyMemory<byte>> Read(Stream stream)
    {
        var buffer = new byte[1 << 16];
        int start = 0, end = 0;
        var first = true;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                yield return Trim(buffer, start, newline, ref first);
                start = newline + 1;
                continue;
            }

            // No full line left in the buffer: keep the partial line, grow when one line fills it, read more.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start)
                {
                    yield return Trim(buffer, start, end, ref first);
                }

                yield break;
            }

            end += read;
        }
    }

    private static ReadOnlyMemory<byte> Trim(byte[] buffer, int start, int end, ref bool first)
    {
        if (first && end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF)
        {
            start += 3;
        }

        first = false;
        if (end > start && buffer[end - 1] == '\r')
        {
            end--;
        }

        return buffer.AsMemory(start, end - start);
    }
}
