using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>The contract a processor Lambda implements.</summary>
public enum ProcessorType
{
    [JsonStringEnumMemberName("custom_metrics"), Description("Bring-your-own-metrics: preprocess and postprocess hooks returning metrics.")]
    CustomMetrics,

    [JsonStringEnumMemberName("rft"), Description("An RFT reward function scoring each response.")]
    Rft,
}
