using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Cli.Output;

/// <summary>
/// Writes diagnostics for people (canonical line, the source line, a caret, the hint) or for tools (JSON).
/// </summary>
public static class DiagnosticWriter
{
    public static void WriteText(TextWriter writer, Diagnostic diagnostic, SourceText? source)
    {
        writer.WriteLine(diagnostic.ToCanonicalString());
        if (diagnostic.Location is { } location && source is not null && source.File == location.File && source.Line(location.Line) is { } fullLine)
        {
            var (line, shift) = Window(fullLine, location.Column - 1);
            location = location with { Column = location.Column - shift, EndColumn = location.EndColumn - shift };
            var gutter = location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine($"  {gutter} | {line}");
            var column = Math.Clamp(location.Column - 1, 0, line.Length);
            var padding = new string(' ', gutter.Length);
            var indent = string.Concat(line[..column].Select(c => c == '\t' ? '\t' : ' '));
            var width = location.EndLine == location.Line ? Math.Max(1, Math.Min(location.EndColumn - location.Column, line.Length - column)) : 1;
            writer.WriteLine($"  {padding} | {indent}{new string('^', width)}");
        }

        if (diagnostic.Hint is not null)
        {
            writer.WriteLine($"  = hint: {diagnostic.Hint}");
        }
    }

    /// <summary>Long lines (minified YAML, deep flow nesting) are cut to a window around the column.</summary>
    private static (string Line, int Shift) Window(string line, int column)
    {
        const int Width = 100;
        if (line.Length <= Width)
        {
            return (line, 0);
        }

        var start = Math.Clamp(column - (Width / 2), 0, line.Length - Width);
        return (line.Substring(start, Width), start);
    }

    public static JsonObject ToJson(Diagnostic diagnostic) => new()
    {
        ["code"] = diagnostic.Code,
        ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
        ["file"] = diagnostic.Location?.File,
        ["line"] = diagnostic.Location?.Line,
        ["column"] = diagnostic.Location?.Column,
        ["end_line"] = diagnostic.Location?.EndLine,
        ["end_column"] = diagnostic.Location?.EndColumn,
        ["path"] = diagnostic.YamlPath,
        ["message"] = diagnostic.Message,
        ["hint"] = diagnostic.Hint,
        ["help"] = diagnostic.HelpLink,
    };

    public static string ToJsonText(JsonNode node) => node.ToJsonString(NovaJson.Indented);

    public static JsonArray ToJson(IEnumerable<Diagnostic> diagnostics) => new([.. diagnostics.Select(d => (JsonNode)ToJson(d))]);

    internal static JsonSerializerOptions Options => NovaJson.Indented;
}
