using System.Text.Json.Serialization;

namespace NovaForge.Runner.Evaluation.Reports;

/// <summary>Where a reported number comes from.</summary>
public enum MetricSource
{
    /// <summary>Read from the stage's results file, as the evaluation container (or the local runtime) wrote it.</summary>
    [JsonStringEnumMemberName("reported")]
    Reported,

    /// <summary>Computed by NovaForge from the stage's per-example rows.</summary>
    [JsonStringEnumMemberName("computed")]
    Computed,
}
