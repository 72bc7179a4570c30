using System.Text.Json.Nodes;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Tests.Support;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.Editor;

/// <summary>
/// Drives the real yaml-language-server (tests/editor, installed with npm ci by .ci/run or, when missing, by the test setup) over stdio, as VS Code does:
/// opening an invalid pipeline reports the schema's errors on the lines novaforge reports them; valid ones report none.
/// </summary>
public sealed class YamlLanguageServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private LanguageServerClient? server;

    public static TheoryData<string> SchemaLevelCorpus() =>
        ["unknown-keys.yaml", "wrong-types.yaml", "enums.yaml", "sagemaker-settings.yaml", "kind-blocks.yaml", "missing-required.yaml", "functions.yaml", "datasets.yaml"];

    public static TheoryData<string> ExamplePipelines() =>
        [.. Directory.GetFiles(RepositoryPaths.InRepository("pipelines"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public async Task InitializeAsync()
    {
        await EditorTools.EnsureInstalledAsync();
        server = await LanguageServerClient.StartAsync("node", EditorTools.LanguageServerScript, RepositoryPaths.Root);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(SchemaLevelCorpus))]
    public async Task Editor_reports_schema_errors_on_the_lines_novaforge_reports_them(string file)
    {
        var path = RepositoryPaths.InRepository("tests", "NovaForge.Schema.Tests", "Corpus", "invalid", file);
        var loaded = PipelineLoader.Load(path, new LoadOptions { Environment = _ => null });
        // Overrides are judged against the stage's recipe (NF312x) rather than the schema's union of all recipes: same line, sharper message.
        var schemaErrors = loaded.Diagnostics.Where(d => d.Code.StartsWith("NF1", StringComparison.Ordinal) || d.Code.StartsWith("NF312", StringComparison.Ordinal)).ToList();
        var expected = schemaErrors.Select(d => d.Location!.Line).ToHashSet();

        var published = await server!.OpenAndGetDiagnosticsAsync(path, Timeout);

        var editorLines = Lines(published);
        var echoes = TypoEchoLines(loaded, schemaErrors);
        Assert.NotEmpty(editorLines);
        Assert.True(expected.IsSubsetOf(editorLines) && editorLines.IsSubsetOf(expected.Union(echoes)), $"novaforge schema errors on lines [{string.Join(", ", expected.Order())}] (echoes allowed on [{string.Join(", ", echoes.Order())}]), editor on [{string.Join(", ", editorLines.Order())}]: {published.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ExamplePipelines))]
    public async Task Editor_reports_nothing_for_a_valid_example(string file)
    {
        var published = await server!.OpenAndGetDiagnosticsAsync(RepositoryPaths.InRepository("pipelines", file), Timeout);

        Assert.Empty(published);
    }

    /// <summary>
    /// For a misspelled key novaforge reports only the typo; editors also report the real key as missing, on the
    /// line of the mapping's own key. Those lines are allowed extras.
    /// </summary>
    private static HashSet<int> TypoEchoLines(LoadResult loaded, IEnumerable<Diagnostics.Diagnostic> schemaErrors) =>
        [.. schemaErrors
            .Where(d => d.Code == "NF1001" && d.YamlPath is not null)
            .Select(d => Yaml.YamlPath.TryParse(d.YamlPath!)!.Parent)
            .Select(parent => parent.IsRoot ? loaded.Document!.Root!.Span.Line : Yaml.YamlNavigator.FindKey(loaded.Document!.Root, parent)?.Span.Line ?? 0)];

    private static HashSet<int> Lines(JsonArray diagnostics) =>
        [.. diagnostics.Select(d => d!["range"]!["start"]!["line"]!.GetValue<int>() + 1)];
}
