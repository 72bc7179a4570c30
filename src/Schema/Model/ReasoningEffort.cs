using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>Nova 2 reasoning effort.</summary>
public enum ReasoningEffort
{
    [JsonStringEnumMemberName("low"), Description("Short reasoning before answering.")]
    Low,

    [JsonStringEnumMemberName("medium"), Description("Moderate reasoning before answering.")]
    Medium,

    [JsonStringEnumMemberName("high"), Description("Extended reasoning before answering.")]
    High,
}
