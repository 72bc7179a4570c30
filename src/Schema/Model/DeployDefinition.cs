using System.ComponentModel;
using System.Text.Json;

namespace NovaForge.Schema.Model;

/// <summary>Where and how a trained model is served.</summary>
[Description("Deployment settings. The instance type and count come from the stage's 'instances'.")]
public sealed record DeployDefinition
{
    [Description("Where to deploy (on the local runtime, always a local endpoint).")]
    [SchemaDefault("sagemaker")]
    public DeployTarget? Target { get; init; }

    [Description("The endpoint (or Bedrock deployment) name; defaults to '<pipeline>-<stage>'.")]
    [SchemaPattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$", "an endpoint name of letters, digits and '-' (at most 63 characters)")]
    [SchemaExamples("questions-sft", "support-tickets")]
    public string? EndpointName { get; init; }

    [Description("Bedrock provisioned throughput: model units.")]
    [SchemaRange(1, 100)]
    [SchemaExamples(1)]
    public int? ModelUnits { get; init; }

    [Description("Environment variables of the inference container, e.g. CONTEXT_LENGTH and MAX_CONCURRENCY (checked against the model's supported tiers).")]
    [SchemaExamples("{ \"CONTEXT_LENGTH\": \"12000\", \"MAX_CONCURRENCY\": \"16\" }")]
    public Dictionary<string, JsonElement>? Environment { get; init; }

    [Description("IAM role name or ARN for the endpoint; created if missing.")]
    [SchemaExamples("NovaForgeEndpointRole", "arn:aws:iam::123456789012:role/NovaForgeEndpointRole")]
    public string? ExecutionRole { get; init; }
}
