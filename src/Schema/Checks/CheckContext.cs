using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Checks;

/// <summary>What a check sees: the bound pipeline, the resolved document (for positions), the catalog and the pipeline's folder.</summary>
public sealed class CheckContext(PipelineDefinition pipeline, YamlDocument document, LoadOptions options, string pipelineDirectory, IReadOnlyList<Diagnostic> schemaDiagnostics)
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<string> schemaErrorPaths = [.. schemaDiagnostics.Where(d => d.IsError && d.YamlPath is not null).Select(d => d.YamlPath!)];

    public PipelineDefinition Pipeline { get; } = pipeline;

    public YamlDocument Document { get; } = document;

    public LoadOptions Options { get; } = options;

    public NovaCatalog Catalog => Options.Catalog;

    public string PipelineDirectory { get; } = pipelineDirectory;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public IReadOnlyList<StageDefinition> Stages => Pipeline.Stages?.Where(s => s is not null).ToList() ?? [];

    /// <summary>
    /// Records a finding, unless the schema already reported an error inside the node it is about: a misspelled key
    /// under 'columns' explains a "column not mapped" finding, and fixing the first fixes both.
    /// </summary>
    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.YamlPath is { } path && schemaErrorPaths.Any(p => p.StartsWith(path + ".", StringComparison.Ordinal) || p.StartsWith(path + "[", StringComparison.Ordinal)))
        {
            return;
        }

        diagnostics.Add(diagnostic);
    }

    /// <summary>The path of a stage (by its position in the file) or of a property under it.</summary>
    public YamlPath StagePath(StageDefinition stage, params string[] keys)
    {
        var index = Pipeline.Stages!.IndexOf(stage);
        var path = YamlPath.Of("stages", index);
        foreach (var key in keys)
        {
            path = path.Key(key);
        }

        return path;
    }

    /// <summary>A stage's id, or its position when the id is missing or invalid.</summary>
    public string StageName(StageDefinition stage) => stage.Id ?? $"#{Pipeline.Stages!.IndexOf(stage) + 1}";

    /// <summary>Resolves a path relative to the pipeline file.</summary>
    public string ResolveFile(string relative) => Path.GetFullPath(relative, PipelineDirectory);
}
