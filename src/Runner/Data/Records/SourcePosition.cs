using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Records;

/// <summary>Where a row came from, kept with the row so that any later problem can point at it.</summary>
public sealed record SourcePosition(string File, long Row, long Line)
{
    /// <summary>The row's first line, at a 1-based character column (1 when unknown).</summary>
    public SourceSpan At(int column = 1) => At(Line, column);

    /// <summary>A place in the row's file, e.g. a field that starts on a later line of a multi-line CSV record.</summary>
    public SourceSpan At(long line, int column) => SourceSpan.At(File, ClampToInt(line), Math.Max(1, column));

    private static int ClampToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
