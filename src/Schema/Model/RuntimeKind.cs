using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>Where stages run.</summary>
public enum RuntimeKind
{
    [JsonStringEnumMemberName("local"), Description("On this machine with the small built-in model: offline, free, for testing data, rewards and the pipeline itself.")]
    Local,

    [JsonStringEnumMemberName("sagemaker"), Description("On Amazon SageMaker AI (training jobs or HyperPod), with the real Nova models.")]
    Sagemaker,
}
