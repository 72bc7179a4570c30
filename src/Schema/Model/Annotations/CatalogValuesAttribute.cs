namespace NovaForge.Schema.Model;

/// <summary>The property's allowed values come from the recipe catalog, not from C# (models, instance types, tasks, regions).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CatalogValuesAttribute(CatalogList list) : Attribute
{
    public CatalogList List { get; } = list;
}
