namespace NovaForge.Schema.Yaml;

/// <summary>One key/value pair of a mapping.</summary>
public sealed record YEntry(YScalar Key, YNode Value);
