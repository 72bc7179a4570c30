using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Validation;

/// <summary>The YAML node and path a JSON token was made from; attached as an annotation so schema errors find their line.</summary>
public sealed record YamlOrigin(YNode Node, YamlPath Path, YScalar? Key);
