namespace NovaForge.Schema.Model;

/// <summary>Example values for the schema's <c>examples</c> keyword.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaExamplesAttribute(params object[] values) : Attribute
{
    public IReadOnlyList<object> Values { get; } = values;
}
