using System.Text.RegularExpressions;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Tests.Support;

namespace NovaForge.Schema.Tests.Validation;

/// <summary>The complete pipelines in docs/pipeline-reference.md must validate (files they name aside), so the reference cannot rot.</summary>
public sealed partial class DocumentationTests
{
    public static TheoryData<string> Examples()
    {
        var text = File.ReadAllText(RepositoryPaths.InRepository("docs", "pipeline-reference.md"));
        return [.. YamlBlock().Matches(text).Select(m => m.Groups[1].Value).Where(b => b.StartsWith("name:", StringComparison.Ordinal))];
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reference_example_is_valid(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"novaforge-doc-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var result = PipelineLoader.Load(path, new LoadOptions
            {
                CheckFiles = false,
                Environment = name => name == "NOVAFORGE_ROLE_ARN" ? "arn:aws:iam::123456789012:role/FromEnvironment" : null,
            });

            Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToCanonicalString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
