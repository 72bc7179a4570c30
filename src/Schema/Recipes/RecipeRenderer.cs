using System.Globalization;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using ParsingSpan = Scriban.Parsing.SourceSpan;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Renders a recipe from its Scriban template in a sandbox: the templates come from the assembly only, the one
/// built-in is <c>include</c> (through <see cref="SandboxedTemplateLoader"/>), the only globals are the values model,
/// variables and members must exist, and loops, recursion and output are bounded. The output is normalized (LF, no
/// blank lines or trailing spaces) and must parse as YAML, so the same inputs give the same bytes everywhere.
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

    public RenderResult Render(NovaCatalog catalog, RecipeSelection selection, ResolvedParameters parameters, RecipeRunValues run) =>
        RenderTemplate(selection.Recipe.Template, RecipeValuesModel.Build(catalog, selection, parameters, run));

    internal RenderResult RenderTemplate(string name, ScriptObject model)
    {
        if (!SandboxedTemplateLoader.IsPlainName(name))
        {
            return Failed(DiagnosticFactory.TemplatePathRejected(SourceSpan.At(name, 1, 1), name));
        }

        if (templates(name) is not { } text)
        {
            return Failed(DiagnosticFactory.TemplateNotFound(SourceSpan.At(EmbeddedTemplates.Prefix + name, 1, 1), name));
        }

        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            return Failed(DiagnosticFactory.TemplateSyntax(Locate(error.Span), error.Message));
        }

        string output;
        try
        {
            output = template.Render(CreateContext(model));
        }
        catch (TemplateAccessException exception)
        {
            return Failed(exception.Rejected
                ? DiagnosticFactory.TemplatePathRejected(Locate(exception.Span), exception.Template)
                : DiagnosticFactory.TemplateNotFound(Locate(exception.Span), exception.Template));
        }
        catch (ScriptParserRuntimeException exception)
        {
            var error = exception.ParserMessages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            return Failed(DiagnosticFactory.TemplateSyntax(Locate(error?.Span ?? exception.Span), error?.Message ?? exception.OriginalMessage));
        }
        catch (ScriptRuntimeException exception)
        {
            return Failed(IsLimit(exception)
                ? DiagnosticFactory.TemplateLimit(Locate(exception.Span), exception.OriginalMessage)
                : DiagnosticFactory.TemplateRuntime(Locate(exception.Span), exception.OriginalMessage));
        }
        catch (ScriptArgumentException exception)
        {
            return Failed(DiagnosticFactory.TemplateRuntime(SourceSpan.At(EmbeddedTemplates.Prefix + name, 1, 1), exception.Message));
        }

        var normalized = Normalize(output);
        var (_, yamlDiagnostics) = YamlFileReader.Parse(new SourceText(name, normalized));
        return yamlDiagnostics.FirstOrDefault(d => d.IsError) is { } invalid
            ? Failed(DiagnosticFactory.RenderedRecipeInvalid(EmbeddedTemplates.Prefix + name, $"{invalid.Message} (line {invalid.Location?.Line})"))
            : new RenderResult(normalized, []);
    }

    private TemplateContext CreateContext(ScriptObject model)
    {
        var builtins = new ScriptObject { ["include"] = new IncludeFunction() };
        builtins.IsReadOnly = true;
        var context = new TemplateContext(builtins)
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

    /// <summary>Templates may lay out blocks freely: lines that render empty and trailing spaces are dropped.</summary>
    private static string Normalize(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
        return string.Join('\n', lines) + "\n";
    }

    private static RenderResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    private static SourceSpan Locate(ParsingSpan span) => new(
        EmbeddedTemplates.Prefix + span.FileName,
        span.Start.Line + 1,
        span.Start.Column + 1,
        span.End.Line + 1,
        span.End.Column + 1);
}
