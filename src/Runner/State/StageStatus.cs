using System.Text.Json.Serialization;

namespace NovaForge.Runner.State;

/// <summary>A stage's status in the state file.</summary>
public enum StageStatus
{
    /// <summary>The job name is recorded and the submit call is about to be made (or was made and the runner died).</summary>
    [JsonStringEnumMemberName("submitting")]
    Submitting,

    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>The runner stopped watching (Ctrl-C); the job keeps running and the next run re-attaches.</summary>
    [JsonStringEnumMemberName("detached")]
    Detached,

    [JsonStringEnumMemberName("completed")]
    Completed,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("stopped")]
    Stopped,
}
