using Scriban.Parsing;
using Scriban.Syntax;

namespace NovaForge.Schema.Recipes;

/// <summary>An include the sandbox refused (<see cref="Rejected"/>: a path outside recipes/templates) or could not find.</summary>
internal sealed class TemplateAccessException(SourceSpan span, string template, bool rejected)
    : ScriptRuntimeException(span, rejected ? $"template path '{template}' is not allowed" : $"template '{template}' does not exist")
{
    public string Template { get; } = template;

    public bool Rejected { get; } = rejected;
}
