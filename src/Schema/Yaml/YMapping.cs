using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Yaml;

/// <summary>A mapping whose keys are unique scalars, in document order.</summary>
public sealed class YMapping : YNode
{
    private readonly int expandedSize;

    public YMapping(SourceSpan span, IReadOnlyList<YEntry> entries)
        : base(span)
    {
        Entries = entries;
        expandedSize = 1 + entries.Sum(e => 1 + e.Value.ExpandedSize);
    }

    public IReadOnlyList<YEntry> Entries { get; }

    public override int ExpandedSize => expandedSize;

    public YEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}
