namespace NovaForge.Schema.Model;

/// <summary>A value the schema offers as the default (editors show it on hover and complete it).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaDefaultAttribute(object value) : Attribute
{
    public object Value { get; } = value;
}
