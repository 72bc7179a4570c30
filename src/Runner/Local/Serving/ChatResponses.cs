using System.Text;
using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Serving;

/// <summary>The OpenAI chat-completions response shapes: a completion, a streamed chunk, the model list, an error.</summary>
public static class ChatResponses
{
    public static JsonObject Completion(string id, long created, ServedModel served, ChatRequest request, Answer answer) => new()
    {
        ["id"] = id,
        ["object"] = "chat.completion",
        ["created"] = created,
        ["model"] = served.Id,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer.Text },
            ["logprobs"] = request.Logprobs ? Logprobs(answer.Logprobs ?? []) : null,
            ["finish_reason"] = FinishReason(answer),
        }),
        ["usage"] = Usage(request, answer),
    };

    /// <summary>A chunk: the role first, then one token per chunk, then the finish reason with an empty delta.</summary>
    public static JsonObject Chunk(string id, long created, ServedModel served, JsonObject delta, JsonObject? logprobs, string? finishReason) => new()
    {
        ["id"] = id,
        ["object"] = "chat.completion.chunk",
        ["created"] = created,
        ["model"] = served.Id,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = logprobs,
            ["finish_reason"] = finishReason,
        }),
    };

    public static JsonObject Models(ServedModel served, long created) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(new JsonObject
        {
            ["id"] = served.Id,
            ["object"] = "model",
            ["created"] = created,
            ["owned_by"] = "novaforge-local",
            ["description"] = LocalModel.DisplayName,
        }),
    };

    public static JsonObject Error(string message, string type, string? param) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = null },
    };

    public static JsonObject Logprobs(IEnumerable<TokenLogprob> tokens) => new()
    {
        ["content"] = new JsonArray([.. tokens.Select(t => (JsonNode)new JsonObject
        {
            ["token"] = t.Token,
            ["logprob"] = t.Logprob,
            ["bytes"] = Bytes(t.Token),
            ["top_logprobs"] = new JsonArray([.. t.Top.Select(c => (JsonNode)new JsonObject { ["token"] = c.Key, ["logprob"] = c.Value, ["bytes"] = Bytes(c.Key) })]),
        })]),
    };

    public static string FinishReason(Answer answer) => answer.Truncated ? "length" : "stop";

    public static JsonObject Usage(ChatRequest request, Answer answer)
    {
        var prompt = ResponseTokenizer.Tokenize(request.Prompt.Query).Count + (request.Prompt.System is { } system ? ResponseTokenizer.Tokenize(system).Count : 0);
        return new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = answer.Tokens.Count, ["total_tokens"] = prompt + answer.Tokens.Count };
    }

    private static JsonArray Bytes(string token) => new([.. Encoding.UTF8.GetBytes(token).Select(b => (JsonNode)(int)b)]);
}
