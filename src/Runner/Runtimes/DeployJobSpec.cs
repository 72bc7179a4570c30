using System.Text.Json;

namespace NovaForge.Runner.Runtimes;

/// <summary>Where a deploy job puts the model.</summary>
public sealed record DeployJobSpec
{
    public required string EndpointName { get; init; }

    /// <summary><c>sagemaker</c>, <c>bedrock-on-demand</c> or <c>bedrock-provisioned</c>.</summary>
    public required string Target { get; init; }

    public required string InstanceType { get; init; }

    public required int InstanceCount { get; init; }

    public int? ModelUnits { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Environment { get; init; } = new Dictionary<string, JsonElement>();
}
