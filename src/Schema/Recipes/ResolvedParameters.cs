namespace NovaForge.Schema.Recipes;

/// <summary>Every parameter of the selected recipe with its effective value (defaults plus the stage's overrides).</summary>
public sealed class ResolvedParameters(IReadOnlyDictionary<string, ResolvedParameter> values)
{
    public IReadOnlyDictionary<string, ResolvedParameter> Values { get; } = values;

    public ResolvedParameter? this[string name] => Values.TryGetValue(name, out var value) ? value : null;
}
