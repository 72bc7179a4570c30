using System.Text.Json.Nodes;

namespace NovaForge.Runner.Local.Functions;

/// <summary>One sample as the reward Lambda receives it: the RFT row's fields, a unique id, and the conversation ending with the model's answer.</summary>
public sealed record RewardSample(string Id, JsonObject Payload)
{
    /// <summary>The row (its messages, reference_answer and extra fields) with <paramref name="id"/> and the answer appended as the assistant turn.</summary>
    public static RewardSample Create(string id, JsonObject row, string answer)
    {
        var payload = row.DeepClone().AsObject();
        payload["id"] = id;
        var messages = payload["messages"] as JsonArray ?? [];
        messages.Add(new JsonObject { ["role"] = "assistant", ["content"] = answer });
        payload["messages"] = messages;
        return new RewardSample(id, payload);
    }

    /// <summary>The text of the last assistant message (content as a string or a list of {text} parts).</summary>
    public string Answer => MessageText.LastOf(Payload["messages"] as JsonArray, "assistant", "nova_assistant") ?? string.Empty;

    /// <summary>The reference answer as text: a string as is, anything else as JSON.</summary>
    public string? Reference => Payload["reference_answer"] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };
}
