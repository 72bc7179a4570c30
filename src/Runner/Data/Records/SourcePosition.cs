using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Records;

/// <summary>Where a row came from, kept with the row so that any later problem can point at it.</summary>
public sealed record SourcePosition(string File, long Row, long Line)
{
    /// <summary>The span of a field: the row's first line and the field's 1-based column position (1 when unknown).</summary>
    public SourceSpan At(int column = 1) => SourceSpan.At(File, ClampToInt(Line), Math.Max(1, column));

    private static int ClampToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
