using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Yaml;

/// <summary>A scalar as written. <see cref="IsPlain"/> scalars are typed by the YAML 1.2 core schema; quoted ones are strings.</summary>
public sealed class YScalar(SourceSpan span, string value, bool isPlain) : YNode(span)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    public override int ExpandedSize => 1;

    public override string ToString() => Value;
}
