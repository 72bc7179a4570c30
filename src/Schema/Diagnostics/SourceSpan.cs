namespace NovaForge.Schema.Diagnostics;

/// <summary>A region of a source file. Lines and columns are 1-based, as editors and MSBuild count them.</summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);
}
