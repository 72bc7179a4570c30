using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>What a stage does.</summary>
public enum StageKind
{
    [JsonStringEnumMemberName("eval"), Description("Evaluate a model (the base model or a trained stage's) on a dataset or benchmark.")]
    Eval,

    [JsonStringEnumMemberName("sft"), Description("Supervised fine-tuning on prompt/response pairs.")]
    Sft,

    [JsonStringEnumMemberName("dpo"), Description("Direct preference optimization on chosen/rejected pairs (Nova 1 models).")]
    Dpo,

    [JsonStringEnumMemberName("rft"), Description("Reinforcement fine-tuning with a reward function (nova-lite-2).")]
    Rft,

    [JsonStringEnumMemberName("cpt"), Description("Continued pre-training on raw text (HyperPod).")]
    Cpt,

    [JsonStringEnumMemberName("deploy"), Description("Deploy a trained model to an endpoint.")]
    Deploy,
}
