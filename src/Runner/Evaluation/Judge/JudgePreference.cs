using System.Text.Json.Serialization;

namespace NovaForge.Runner.Evaluation.Judge;

/// <summary>A judge's verdict, always in terms of the original responses: A is the baseline, B the challenger.</summary>
public enum JudgePreference
{
    [JsonStringEnumMemberName("A")]
    A,

    [JsonStringEnumMemberName("B")]
    B,

    [JsonStringEnumMemberName("tie")]
    Tie,

    /// <summary>The judge failed or its answer could not be parsed (the container's inference_error).</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
