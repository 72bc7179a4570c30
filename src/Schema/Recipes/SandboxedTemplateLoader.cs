using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NovaForge.Schema.Recipes;

/// <summary>
/// Serves <c>include</c> from the template store only, by a plain relative name (letters, digits, '_', '-', '/',
/// ending in .sbn; no '..', no rooted path): a template can never read a file, let alone one outside recipes/templates.
/// </summary>
internal sealed partial class SandboxedTemplateLoader(Func<string, string?> templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsPlainName(templateName))
        {
            throw new TemplateAccessException(callerSpan, templateName, rejected: true);
        }

        return templateName;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates(templatePath) ?? throw new TemplateAccessException(callerSpan, templatePath, rejected: false);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    internal static bool IsPlainName(string name) => PlainName().IsMatch(name) && !name.Split('/').Contains("..");

    [GeneratedRegex("^[a-z0-9_][a-z0-9_./-]*\\.sbn$")]
    private static partial Regex PlainName();
}
