using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Checks;

/// <summary>What a check sees: the bound pipeline, the resolved document (for positions), the catalog and the pipeline's folder.</summary>
public sealed class CheckContext(PipelineDefinition pipeline, YamlDocument document, LoadOptions options, string pipelineDirectory, bool hasSchemaErrors)
{
    private readonly List<Diagnostic> diagnostics = [];

    public PipelineDefinition Pipeline { get; } = pipeline;

    public YamlDocument Document { get; } = document;

    public LoadOptions Options { get; } = options;

    public NovaCatalog Catalog => Options.Catalog;

    public string PipelineDirectory { get; } = pipelineDirectory;

    /// <summary>Whether the schema already reported errors; checks then skip what those errors make meaningless.</summary>
    public bool HasSchemaErrors { get; } = hasSchemaErrors;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public IReadOnlyList<StageDefinition> Stages => Pipeline.Stages?.Where(s => s is not null).ToList() ?? [];

    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

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

    /// <summary>Resolves a path relative to the pipeline file.</summary>
    public string ResolveFile(string relative) => Path.GetFullPath(relative, PipelineDirectory);
}
