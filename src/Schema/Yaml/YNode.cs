using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Yaml;

/// <summary>A YAML node with the span it came from, so every later diagnostic can point at the user's text.</summary>
public abstract class YNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>Nodes in this subtree, aliases counted each time they are used.</summary>
    public abstract int ExpandedSize { get; }
}
