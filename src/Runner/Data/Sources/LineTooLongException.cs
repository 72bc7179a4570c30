namespace NovaForge.Runner.Data.Sources;

/// <summary>Thrown when a line (or a CSV field) grows past the reader's limit: usually an unclosed quote.</summary>
public sealed class LineTooLongException(long line)
    : Exception(FormattableString.Invariant($"line {line} is too long"))
{
    /// <summary>The 1-based line where the long line or field starts.</summary>
    public long Line { get; } = line;
}
