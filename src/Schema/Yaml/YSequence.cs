using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Yaml;

/// <summary>A sequence of nodes.</summary>
public sealed class YSequence : YNode
{
    private readonly int expandedSize;

    public YSequence(SourceSpan span, IReadOnlyList<YNode> items)
        : base(span)
    {
        Items = items;
        expandedSize = 1 + items.Sum(i => i.ExpandedSize);
    }

    public IReadOnlyList<YNode> Items { get; }

    public override int ExpandedSize => expandedSize;
}
