namespace NovaForge.Schema.Diagnostics;

/// <summary>The text of a source file, kept so that diagnostics can quote the offending line.</summary>
public sealed class SourceText
{
    private readonly string[] lines;

    public SourceText(string file, string text)
    {
        File = file;
        Text = text;
        lines = text.Split('\n');
    }

    public string File { get; }

    public string Text { get; }

    public int LineCount => lines.Length;

    /// <summary>The 1-based line without its line break, or null when out of range.</summary>
    public string? Line(int line) => line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
}
