using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>How per-example metrics from a BYOM processor are combined.</summary>
public enum Aggregation
{
    [JsonStringEnumMemberName("average"), Description("Mean over examples (the container's default).")]
    Average,

    [JsonStringEnumMemberName("min"), Description("Minimum over examples.")]
    Min,

    [JsonStringEnumMemberName("max"), Description("Maximum over examples.")]
    Max,

    [JsonStringEnumMemberName("sum"), Description("Sum over examples.")]
    Sum,
}
