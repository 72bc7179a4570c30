using System.Globalization;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ParsingSpan = Scriban.Parsing.SourceSpan;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Renders a recipe from its Scriban template in a sandbox: the templates come from the assembly only, the one
/// built-in is <c>include</c> (through <see cref="SandboxedTemplateLoader"/>), the only globals are the values model,
/// variables and members must exist, and loops, recursion and output are bounded. The output is normalized (LF, no
/// blank lines or trailing spaces) and must parse as YAML, so the same inputs give the same bytes everywhere; it is
/// traced (<see cref="TracingOutput"/>) so that invalid YAML is reported at the template line that wrote it.
/// </summary>
public sealed class RecipeRenderer
{
    public const int LoopLimit = 1000;
    public const int RecursiveLimit = 32;
    public const int OutputLimit = 1_000_000;

    private readonly Func<string, string?> templates;

    public RecipeRenderer()
        : this(EmbeddedTemplates.Read)
    {
    }

    /// <summary>Renders from another template store (tests exercise the sandbox with hostile templates).</summary>
    internal RecipeRenderer(Func<string, string?> templates) => this.templates = templates;

    /// <summary>Renders a stage's recipe; problems name the stage, since a broken template breaks every stage that uses it.</summary>
    public RenderResult Render(NovaCatalog catalog, RecipeSelection selection, ResolvedParameters parameters, RecipeRunValues run) =>
        RenderTemplate(selection.Recipe.Template, RecipeValuesModel.Build(catalog, selection, parameters, run), selection.StageId);

    internal RenderResult RenderTemplate(string name, ScriptObject model, string? stage = null)
    {
        if (!SandboxedTemplateLoader.IsPlainName(name))
        {
            return Failed(DiagnosticFactory.TemplatePathRejected(SourceSpan.At(name, 1, 1), stage, name));
        }

        if (templates(name) is not { } text)
        {
            return Failed(DiagnosticFactory.TemplateNotFound(SourceSpan.At(EmbeddedTemplates.Prefix + name, 1, 1), stage, name));
        }

        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            return Failed(DiagnosticFactory.TemplateSyntax(Locate(error.Span), stage, error.Message));
        }

        var context = CreateContext(model);
        var output = new TracingOutput(context);
        context.PushOutput(output);
        string rendered;
        try
        {
            rendered = template.Render(context);
        }
        catch (TemplateAccessException exception)
        {
            return Failed(exception.Rejected
                ? DiagnosticFactory.TemplatePathRejected(Locate(exception.Span), stage, exception.Template)
                : DiagnosticFactory.TemplateNotFound(Locate(exception.Span), stage, exception.Template));
        }
        catch (ScriptParserRuntimeException exception)
        {
            var error = exception.ParserMessages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            return Failed(DiagnosticFactory.TemplateSyntax(Locate(error?.Span ?? exception.Span), stage, error?.Message ?? exception.OriginalMessage));
        }
        catch (ScriptRuntimeException exception)
        {
            return Failed(IsLimit(exception)
                ? DiagnosticFactory.TemplateLimit(Locate(exception.Span), stage, exception.OriginalMessage)
                : DiagnosticFactory.TemplateRuntime(Locate(exception.Span), stage, exception.OriginalMessage));
        }
        catch (ScriptArgumentException exception)
        {
            return Failed(DiagnosticFactory.TemplateRuntime(SourceSpan.At(EmbeddedTemplates.Prefix + name, 1, 1), stage, exception.Message));
        }

        var (normalized, lineStarts) = Normalize(rendered);
        var (_, yamlDiagnostics) = YamlFileReader.Parse(new SourceText(name, normalized));
        if (yamlDiagnostics.FirstOrDefault(d => d.IsError) is not { } invalid)
        {
            return new RenderResult(normalized, []);
        }

        var line = invalid.Location?.Line ?? 1;
        var origin = Origin(output, rendered, lineStarts, line, invalid.Location?.Column ?? 1);
        var at = origin is var (file, templateLine) ? SourceSpan.At(EmbeddedTemplates.Prefix + file, templateLine, 1) : SourceSpan.At(EmbeddedTemplates.Prefix + name, 1, 1);
        return Failed(DiagnosticFactory.RenderedRecipeInvalid(at, stage, name, line, invalid.Message));
    }

    /// <summary>
    /// The template line that wrote a position of the normalized output: the character at the reported column, or
    /// the line's first one when that is the indentation an include added.
    /// </summary>
    private static (string Template, int Line)? Origin(TracingOutput output, string text, IReadOnlyList<int> lineStarts, int line, int column)
    {
        if (line < 1 || line > lineStarts.Count)
        {
            return null;
        }

        var start = lineStarts[line - 1];
        var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
        var index = Math.Clamp(start + column - 1, start, Math.Max(start, end - 1));
        while (index < end - 1 && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return output.OriginOf(index);
    }

    private TracingTemplateContext CreateContext(ScriptObject model)
    {
        var builtins = new ScriptObject { ["include"] = new TracingIncludeFunction() };
        builtins.IsReadOnly = true;
        var context = new TracingTemplateContext(builtins)
        {
            TemplateLoader = new SandboxedTemplateLoader(templates),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            LimitToString = OutputLimit,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        return context;
    }

    private static bool IsLimit(ScriptRuntimeException exception) =>
        exception.OriginalMessage.Contains("exceed", StringComparison.OrdinalIgnoreCase) && exception.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Templates may lay out blocks freely: lines that render empty and trailing spaces (a CR too) are dropped. Returns
    /// the normalized text and where each of its lines starts in the output.
    /// </summary>
    private static (string Text, IReadOnlyList<int> LineStarts) Normalize(string output)
    {
        var lines = new List<string>();
        var starts = new List<int>();
        for (var start = 0; start <= output.Length;)
        {
            var end = output.IndexOf('\n', start) is var newline and >= 0 ? newline : output.Length;
            var line = output[start..end].TrimEnd();
            if (line.Length > 0)
            {
                lines.Add(line);
                starts.Add(start);
            }

            start = end + 1;
        }

        return (string.Join('\n', lines) + "\n", starts);
    }

    private static RenderResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    private static SourceSpan Locate(ParsingSpan span) => new(
        EmbeddedTemplates.Prefix + span.FileName,
        span.Start.Line + 1,
        span.Start.Column + 1,
        span.End.Line + 1,
        span.End.Column + 1);
}
