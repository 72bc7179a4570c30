using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// A template context that tells <see cref="TracingOutput"/> what it is writing: the span of the expression whose value
/// is being written, and which strings are the output of an included template (with that output's own trace).
/// </summary>
internal sealed class TracingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private readonly Dictionary<object, TracingOutput> included = new(ReferenceEqualityComparer.Instance);

    /// <summary>The expression whose value is being written, or null while raw text is.</summary>
    public SourceSpan? ValueSpan { get; private set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var outer = ValueSpan;
        ValueSpan = span;
        try
        {
            return base.Write(span, textAsObject);
        }
        finally
        {
            ValueSpan = outer;
        }
    }

    public void Included(string text, TracingOutput trace) => included[text] = trace;

    /// <summary>The trace of an included template's output, when <paramref name="text"/> is that output.</summary>
    public TracingOutput? TraceOf(string text) => included.GetValueOrDefault(text);
}
