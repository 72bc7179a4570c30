using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Scriban output that remembers where each piece of output came from, so a problem found in the rendered recipe can
/// be reported at the template line that wrote it. Raw text arrives as a slice of its template's source, whose lines
/// are counted there; a value comes from the expression being written; an included template's output is followed
/// into that template's own trace.
/// </summary>
internal sealed class TracingOutput(TracingTemplateContext context) : IScriptOutput
{
    private readonly StringBuilder text = new();
    private readonly List<Piece> pieces = [];

    public void Write(string value, int offset, int count)
    {
        if (count == 0)
        {
            return;
        }

        var start = text.Length;
        text.Append(value, offset, count);
        Piece? piece = context.TraceOf(value) is { } included ? new Piece(start, count, offset, Included: included)
            : context.ValueSpan is { } span ? new Piece(start, count, offset, Template: span.FileName, Line: span.Start.Line + 1)
            : context.CurrentNode is ScriptRawStatement raw ? new Piece(start, count, offset, Template: raw.Span.FileName, Source: value)
            : null;
        if (piece is not null)
        {
            pieces.Add(piece);
        }
    }

    public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
    {
        Write(value, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text written: Scriban's <c>Template.Render</c> returns it.</summary>
    public override string ToString() => text.ToString();

    /// <summary>The template (name under recipes/templates/) and 1-based line that wrote the output at <paramref name="index"/>, or null when unknown.</summary>
    public (string Template, int Line)? OriginOf(int index)
    {
        if (pieces.FindLast(p => p.Start <= index && index < p.Start + p.Count) is not { } piece)
        {
            return null;
        }

        var at = piece.Offset + (index - piece.Start);
        return piece switch
        {
            { Included: { } included } => included.OriginOf(at),
            { Source: { } source } => (piece.Template!, 1 + source.AsSpan(0, at).Count('\n')),
            _ => (piece.Template!, piece.Line),
        };
    }

    /// <summary>
    /// Output [Start, Start + Count), written from Offset of a string that is an included template's output, a template's
    /// whole source (raw text), or an expression's value (at Line).
    /// </summary>
    private sealed record Piece(int Start, int Count, int Offset, TracingOutput? Included = null, string? Template = null, string? Source = null, int Line = 0);
}
