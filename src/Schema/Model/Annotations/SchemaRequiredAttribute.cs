namespace NovaForge.Schema.Model;

/// <summary>The property must be present. Binding stays lenient; the schema reports the absence.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaRequiredAttribute : Attribute;
