namespace NovaForge.Runner.Data.Sources;

/// <summary>Thrown by the strict decoders at the first byte that is not UTF-8, with where it is.</summary>
public sealed class InvalidUtf8Exception(long line, int column, long byteOffset)
    : Exception(FormattableString.Invariant($"invalid UTF-8 at line {line}, column {column}, byte {byteOffset}"))
{
    /// <summary>The 1-based line of the invalid byte.</summary>
    public long Line { get; } = line;

    /// <summary>The 1-based character column of the invalid byte on its line (the characters decoded before it, plus one).</summary>
    public int Column { get; } = column;

    /// <summary>The 0-based offset of the invalid byte in the file.</summary>
    public long ByteOffset { get; } = byteOffset;
}
