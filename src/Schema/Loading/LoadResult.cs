using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Loading;

/// <summary>The outcome of loading a pipeline: the resolved document, the bound model when it could be bound, and every diagnostic.</summary>
public sealed record LoadResult(string File, SourceText? Source, YamlDocument? Document, PipelineDefinition? Pipeline, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The folder relative paths in the pipeline are resolved against.</summary>
    public string Directory => Path.GetDirectoryName(Path.GetFullPath(File)) ?? ".";
}
