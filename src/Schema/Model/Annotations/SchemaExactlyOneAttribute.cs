namespace NovaForge.Schema.Model;

/// <summary>Exactly one of the named properties must be present (emitted as a <c>oneOf</c> of <c>required</c> sets).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SchemaExactlyOneAttribute(params string[] properties) : Attribute
{
    public IReadOnlyList<string> Properties { get; } = properties;
}
