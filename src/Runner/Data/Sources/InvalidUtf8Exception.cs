namespace NovaForge.Runner.Data.Sources;

/// <summary>Thrown by the strict decoders at the first byte that is not UTF-8, with where it is.</summary>
public sealed class InvalidUtf8Exception(long line, long byteOffset)
    : Exception(FormattableString.Invariant($"invalid UTF-8 at line {line}, byte {byteOffset}"))
{
    /// <summary>The 1-based line of the invalid byte.</summary>
    public long Line { get; } = line;

    /// <summary>The 0-based offset of the invalid byte in the file.</summary>
    public long ByteOffset { get; } = byteOffset;
}
