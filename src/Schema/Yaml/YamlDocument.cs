using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Yaml;

/// <summary>A parsed YAML file: its text (for quoting) and its root node, or null when it could not be parsed.</summary>
public sealed record YamlDocument(SourceText Source, YNode? Root)
{
    public string File => Source.File;

    /// <summary>The node at a path, or the deepest existing ancestor when the path does not exist (for "missing key" diagnostics).</summary>
    public YNode? Find(YamlPath path, bool nearest = false) => YamlNavigator.Find(Root, path, nearest);
}
