using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Schema.Checks;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Interpolation;
using NovaForge.Schema.Model;
using NovaForge.Schema.Serialization;
using NovaForge.Schema.Validation;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Loading;

/// <summary>
/// load (YAML with positions) -> --set -> expressions -> JSON Schema -> bind -> semantic checks. Each step reports
/// located diagnostics; a step that cannot continue stops the chain, but everything found so far is returned.
/// </summary>
public static class PipelineLoader
{
    public static LoadResult Load(string path, LoadOptions? options = null, string? displayPath = null)
    {
        var (document, readDiagnostics) = YamlFileReader.Read(path, displayPath);
        return Load(path, document, readDiagnostics, options ?? new LoadOptions());
    }

    public static LoadResult Load(string path, YamlDocument? document, IReadOnlyList<Diagnostic> readDiagnostics, LoadOptions options)
    {
        var diagnostics = readDiagnostics.ToList();
        if (document?.Root is null || diagnostics.Any(d => d.IsError))
        {
            return new LoadResult(path, document?.Source, document, null, diagnostics);
        }

        if (document.Root is not YMapping)
        {
            diagnostics.Add(DiagnosticFactory.RootNotMapping(document.Root.Span));
            return new LoadResult(path, document.Source, document, null, diagnostics);
        }

        var root = CommandLineSets.Apply(document.Root, options.Sets, diagnostics);
        root = ExpressionResolver.Resolve(root, options.Environment, diagnostics);
        var resolved = document with { Root = root };
        if (diagnostics.Any(d => d.IsError))
        {
            return new LoadResult(path, document.Source, resolved, null, diagnostics);
        }

        var schemaDiagnostics = PipelineSchema.Default.Validate(root);
        diagnostics.AddRange(schemaDiagnostics);
        var pipeline = Bind(root, schemaDiagnostics);
        if (pipeline is not null)
        {
            var context = new CheckContext(pipeline, resolved, options, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", schemaDiagnostics);
            foreach (var check in PipelineChecks.All)
            {
                check.Run(context);
            }

            diagnostics.AddRange(context.Diagnostics);
        }

        var located = diagnostics.Select(d => Locate(d, resolved)).OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0).ToList();
        return new LoadResult(path, document.Source, resolved, pipeline, located);
    }

    /// <summary>Binds the model leniently: values the schema rejected are dropped first, so the rest can still be checked.</summary>
    private static PipelineDefinition? Bind(YNode root, IReadOnlyList<Diagnostic> schemaDiagnostics)
    {
        var json = YamlJson.ToJsonNode(root);
        foreach (var diagnostic in schemaDiagnostics)
        {
            if (diagnostic.YamlPath is { } text && YamlPath.TryParse(text) is { } path)
            {
                Remove(json, path);
            }
        }

        try
        {
            return json.Deserialize<PipelineDefinition>(NovaJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Remove(JsonNode? json, YamlPath path)
    {
        var parent = json;
        foreach (var segment in path.Parent.Segments)
        {
            parent = (parent, segment) switch
            {
                (JsonObject o, string key) => o[key],
                (JsonArray a, int index) when index < a.Count => a[index],
                _ => null,
            };
        }

        switch (parent, path.Last)
        {
            case (JsonObject o, string key):
                o.Remove(key);
                break;
            case (JsonArray a, int index) when index < a.Count:
                a[index] = null;
                break;
        }
    }

    /// <summary>Gives a diagnostic that only has a YAML path the line and column of that path (or of its nearest parent) in the document.</summary>
    public static Diagnostic Locate(Diagnostic diagnostic, YamlDocument document)
    {
        if (diagnostic.Location is not null || diagnostic.YamlPath is null || YamlPath.TryParse(diagnostic.YamlPath) is not { } path)
        {
            return diagnostic;
        }

        var node = document.Find(path, nearest: true);
        return diagnostic.WithLocation(node?.Span ?? SourceSpan.At(document.File, 1, 1));
    }
}
