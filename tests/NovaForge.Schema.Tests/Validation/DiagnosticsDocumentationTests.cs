using System.Text.RegularExpressions;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.Validation;

/// <summary>Every diagnostic code the product can emit has a section in docs/diagnostics.md (the help link of each diagnostic points there).</summary>
public sealed partial class DiagnosticsDocumentationTests
{
    [Fact]
    public void Every_code_in_the_sources_is_documented()
    {
        var documented = Heading().Matches(File.ReadAllText(RepositoryPaths.InRepository("docs", "diagnostics.md"))).Select(m => m.Groups[1].Value).ToHashSet();
        var sources = Directory.GetFiles(RepositoryPaths.InRepository("src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
        var used = sources.SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Value)).ToHashSet();

        var undocumented = used.Except(documented).Order(StringComparer.Ordinal).ToList();
        var stale = documented.Except(used).Order(StringComparer.Ordinal).ToList();

        Assert.True(undocumented.Count == 0, $"undocumented: {string.Join(", ", undocumented)}");
        Assert.True(stale.Count == 0, $"documented but never emitted: {string.Join(", ", stale)}");
    }

    [GeneratedRegex("^### (NF[0-9]{4})$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex("(?<![A-Za-z0-9])NF[0-9]{4}(?![0-9])")]
    private static partial Regex Code();
}
