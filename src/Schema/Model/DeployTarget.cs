using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>Where a deploy stage puts the model.</summary>
public enum DeployTarget
{
    [JsonStringEnumMemberName("sagemaker"), Description("A SageMaker AI real-time inference endpoint.")]
    Sagemaker,

    [JsonStringEnumMemberName("bedrock-on-demand"), Description("An Amazon Bedrock custom model with an on-demand deployment.")]
    BedrockOnDemand,

    [JsonStringEnumMemberName("bedrock-provisioned"), Description("An Amazon Bedrock custom model with provisioned throughput (model units).")]
    BedrockProvisioned,
}
