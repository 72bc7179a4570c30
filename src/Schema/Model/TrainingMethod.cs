using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>Parameter-efficient (LoRA) or full-rank training.</summary>
public enum TrainingMethod
{
    [JsonStringEnumMemberName("lora"), Description("Parameter-efficient fine-tuning with LoRA adapters.")]
    Lora,

    [JsonStringEnumMemberName("full"), Description("Full-rank fine-tuning of all weights.")]
    Full,
}
