namespace NovaForge.Schema.Model;

/// <summary>
/// Marks a map of recipe parameters. The schema lists, per stage kind, the parameters the catalog knows;
/// <see cref="Group"/> narrows the map to one group (<c>inference</c>, <c>rollout</c>), null allows all.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OverridesMapAttribute(string? group = null) : Attribute
{
    public string? Group { get; } = group;
}
