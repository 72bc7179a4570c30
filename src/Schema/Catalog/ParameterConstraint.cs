using System.Text.Json;

namespace NovaForge.Schema.Catalog;

/// <summary>A recipe's narrower constraint on a parameter of its set (e.g. g5/g6 recipes allow max_length up to 8192 only).</summary>
public sealed record ParameterConstraint
{
    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? MultipleOf { get; init; }

    public IReadOnlyList<JsonElement>? Enum { get; init; }
}
