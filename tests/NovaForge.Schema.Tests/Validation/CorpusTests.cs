using System.Text;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Tests.Support;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.Validation;

/// <summary>
/// Every file in Corpus/invalid is a broken pipeline; its diagnostics (canonical line + hint) must equal the
/// golden file beside it. Files in Corpus/valid and the repository's examples must have no errors.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string CorpusDirectory = Path.Combine(RepositoryPaths.Root, "tests", "NovaForge.Schema.Tests", "Corpus");

    public static TheoryData<string> InvalidFiles() =>
        [.. Directory.GetFiles(Path.Combine(CorpusDirectory, "invalid"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ExamplePipelines() =>
        [.. Directory.GetFiles(RepositoryPaths.InRepository("pipelines"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_pipeline_reports_the_golden_diagnostics(string file)
    {
        var path = Path.Combine(CorpusDirectory, "invalid", file);

        var result = Load(path, $"Corpus/invalid/{file}");

        Assert.True(result.HasErrors, $"{file} should be invalid");
        Golden.AssertMatches(Path.ChangeExtension(path, ".diagnostics.txt"), Render(result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(ExamplePipelines))]
    public void Example_pipelines_are_valid(string file)
    {
        var result = Load(RepositoryPaths.InRepository("pipelines", file), file);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_end_in_one_diagnostic()
    {
        var text = "name: deep\nvalue: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var result = LoadText(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NF0007", diagnostic.Code);
        Assert.Equal(2, diagnostic.Location!.Line);
    }

    [Fact]
    public void A_huge_flat_document_is_not_called_an_alias_bomb()
    {
        var text = "name: flat\nvalues: [" + string.Join(",", Enumerable.Repeat("1", 100_001)) + "]\n";

        var result = LoadText(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF0006", "the document has more than 100000 nodes"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"novaforge-big-{Guid.NewGuid():N}.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        try
        {
            var result = Load(path, "big.yaml");

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("NF0008", diagnostic.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Binary_garbage_is_reported_as_not_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = LoadBytes(bytes);

        Assert.Equal("NF0009", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Invalid_utf8_is_located_on_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("name: a\nmodel: nova-lite-2\ndescription: caf").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        var result = LoadBytes(bytes);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF0009", 3), (diagnostic.Code, diagnostic.Location!.Line));
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var result = Load(Path.Combine(CorpusDirectory, "no-such-file.yaml"), "no-such-file.yaml");

        Assert.Equal("NF0001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_directory_is_a_diagnostic()
    {
        var result = Load(CorpusDirectory, "Corpus");

        Assert.Equal("NF0012", Assert.Single(result.Diagnostics).Code);
    }

    internal static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            builder.Append(diagnostic.ToCanonicalString()).Append('\n');
            if (diagnostic.Hint is not null)
            {
                builder.Append("  hint: ").Append(diagnostic.Hint).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static LoadResult Load(string path, string display) =>
        PipelineLoader.Load(path, new LoadOptions { Environment = _ => null, DataInspector = new HeaderOnlyCsvInspector() }, display);

    private static LoadResult LoadText(string text) => LoadBytes(Encoding.UTF8.GetBytes(text));

    private static LoadResult LoadBytes(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"novaforge-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, bytes);
        try
        {
            return Load(path, "input.yaml");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
