using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Endpoints;

/// <summary>
/// A local endpoint, as the deploy stage writes it to &lt;store&gt;/endpoints/&lt;name&gt;.json: which checkpoint answers,
/// from which pipeline and stage. <c>novaforge invoke</c> and <c>novaforge serve</c> read it.
/// </summary>
public sealed record LocalEndpoint
{
    public required string EndpointName { get; init; }

    public required string Pipeline { get; init; }

    public required string Stage { get; init; }

    /// <summary>The checkpoint folder that answers.</summary>
    public required string Checkpoint { get; init; }

    /// <summary>The model id responses carry, e.g. novaforge-local:rft (never a Nova model id).</summary>
    public required string ModelId { get; init; }

    public string ModelName { get; init; } = LocalModel.DisplayName;

    /// <summary>The pipeline's Nova model this endpoint stands in for locally.</summary>
    public string? InPlaceOf { get; init; }

    public required DateTimeOffset Created { get; init; }

    public static string ModelIdFor(string stage) => "novaforge-local:" + stage;
}
