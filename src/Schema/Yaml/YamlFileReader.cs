using System.Buffers;
using System.Text;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Yaml;

/// <summary>
/// Reads a YAML file defensively: size is checked before reading, bytes must be UTF-8 text, tab indentation
/// is reported where it is, and only then is the text parsed.
/// </summary>
public static class YamlFileReader
{
    public const long MaxFileBytes = 1024 * 1024;
    private const int MaxTabReports = 5;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses <paramref name="path"/>; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public static (YamlDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, string? displayPath = null)
    {
        var display = displayPath ?? path;
        if (Directory.Exists(path))
        {
            return (null, [DiagnosticFactory.FileUnreadable(display, "it is a directory")]);
        }

        if (!File.Exists(path))
        {
            return (null, [DiagnosticFactory.FileNotFound(display)]);
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return (null, [DiagnosticFactory.FileTooLarge(display, length, MaxFileBytes)]);
            }

            // The reported length is not trusted: devices and pipes (/dev/zero, a FIFO) report 0 and never end.
            bytes = ReadAtMost(path, (int)MaxFileBytes + 1);
            if (bytes.Length > MaxFileBytes)
            {
                return (null, [DiagnosticFactory.FileTooLarge(display, bytes: null, MaxFileBytes)]);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, [DiagnosticFactory.FileUnreadable(display, exception.Message)]);
        }

        return Parse(display, bytes);
    }

    /// <summary>The file's first <paramref name="limit"/> bytes, or all of it when shorter (read into a pooled buffer, one copy out).</summary>
    private static byte[] ReadAtMost(string path, int limit)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(limit);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            return buffer[..stream.ReadAtLeast(buffer.AsSpan(0, limit), limit, throwOnEndOfStream: false)];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses bytes already in memory (used for files and for tests).</summary>
    public static (YamlDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Parse(string display, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFileBytes)
        {
            return (null, [DiagnosticFactory.FileTooLarge(display, bytes.Length, MaxFileBytes)]);
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, [DiagnosticFactory.NotText(LocateByte(display, bytes, nul), "it contains NUL bytes (a binary file?)")]);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidUtf8(bytes);
            return (null, [DiagnosticFactory.NotText(LocateByte(display, bytes, offset), "invalid UTF-8 byte sequence")]);
        }

        return Parse(new SourceText(display, text));
    }

    public static (YamlDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Parse(SourceText source)
    {
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return (null, [DiagnosticFactory.EmptyFile(source.File)]);
        }

        var tabs = FindTabIndentation(source);
        if (tabs.Count > 0)
        {
            // No tree, but the text, so the diagnostics can show the offending lines.
            return (new YamlDocument(source, null), tabs);
        }

        var (root, diagnostics) = YamlTreeBuilder.Build(source);
        if (diagnostics.Count == 0 && root is null)
        {
            return (null, [DiagnosticFactory.EmptyFile(source.File)]);
        }

        return (new YamlDocument(source, root), diagnostics);
    }

    private static List<Diagnostic> FindTabIndentation(SourceText source)
    {
        var found = new List<Diagnostic>();
        for (var line = 1; line <= source.LineCount && found.Count < MaxTabReports; line++)
        {
            var text = source.Line(line)!;
            for (var column = 0; column < text.Length && (text[column] == ' ' || text[column] == '\t' || text[column] == '-'); column++)
            {
                if (text[column] == '\t')
                {
                    found.Add(DiagnosticFactory.TabIndentation(SourceSpan.At(source.File, line, column + 1)));
                    break;
                }
            }
        }

        return found;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static SourceSpan LocateByte(string display, ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lastBreak = before.LastIndexOf((byte)'\n');
        return SourceSpan.At(display, line, offset - lastBreak);
    }
}
