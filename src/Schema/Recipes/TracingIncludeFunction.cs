using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// <c>include</c> as Scriban's own (through the context's loader, parsed once, bounded by the recursion limit, keeping
/// the caller's indentation), except that the included template renders into its own <see cref="TracingOutput"/>, so
/// the origin of a line it wrote can be followed into it. Its signature is Scriban's; it passes no arguments on, as no
/// template uses them.
/// </summary>
internal sealed class TracingIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction signature = new();

    public int RequiredParameterCount => signature.RequiredParameterCount;

    public int ParameterCount => signature.ParameterCount;

    public ScriptVarParamKind VarParamKind => signature.VarParamKind;

    public Type ReturnType => signature.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => signature.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(callerContext);
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(callerContext.Span, "include needs the name of the template to include");
        }

        var loader = context.TemplateLoader ?? throw new InvalidOperationException("the template context has no loader");
        var path = loader.GetPath(context, callerContext.Span, name) ?? throw new ScriptRuntimeException(callerContext.Span, $"template '{name}' has no path");
        if (!context.CachedTemplates.TryGetValue(path, out var template))
        {
            var source = loader.Load(context, callerContext.Span, path) ?? throw new ScriptRuntimeException(callerContext.Span, $"template '{name}' is empty");
            template = Template.Parse(source, path, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions);
            if (template.HasErrors)
            {
                throw new ScriptParserRuntimeException(callerContext.Span, $"error while parsing template '{name}'", template.Messages);
            }

            context.CachedTemplates.Add(path, template);
        }

        // As Scriban's include: the included template renders unindented; the caller indents its lines when writing them.
        var tracing = (TracingTemplateContext)context;
        var output = new TracingOutput(tracing);
        context.EnterRecursive(callerContext);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushOutput(output);
        string text;
        try
        {
            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            text = template.Render(context);
            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }
        }
        finally
        {
            context.PopOutput();
            context.CurrentIndent = indent;
            context.ExitRecursive(callerContext);
        }

        tracing.Included(text, output);
        return text;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
