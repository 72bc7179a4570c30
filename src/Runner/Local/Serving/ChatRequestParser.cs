using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Local.Functions;
using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Local.Serving;

/// <summary>
/// Reads an OpenAI-style chat-completions body: messages (required), max_tokens or max_completion_tokens, temperature,
/// top_p (accepted), seed, stream, logprobs and top_logprobs, n (1 only). The local model answers the last user
/// message, with the last system message (or, without one, the system prompt it was trained with).
/// </summary>
public static class ChatRequestParser
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool"];

    /// <summary>The request, or the error message and the offending parameter.</summary>
    public static (ChatRequest? Request, string? Error, string? Param) Parse(JsonNode? body, LocalModel model)
    {
        if (body is not JsonObject request)
        {
            return Fail("the request body must be a JSON object", null);
        }

        if (request["messages"] is not JsonArray { Count: > 0 } messages)
        {
            return Fail("'messages' must be a non-empty array of {role, content}", "messages");
        }

        string? system = null, user = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var role = messages[i]?["role"] is JsonValue r && r.TryGetValue<string>(out var name) ? name : null;
            if (role is null || !Roles.Contains(role))
            {
                return Fail($"messages[{i}].role must be one of {string.Join(", ", Roles)}", $"messages[{i}].role");
            }

            var content = messages[i]!["content"];
            var text = MessageText.Of(content);
            if (text is null && !(role == "assistant" && content is null))
            {
                return Fail($"messages[{i}].content must be a string or a list of text parts", $"messages[{i}].content");
            }

            (system, user) = role switch
            {
                "system" or "developer" => (text, user),
                "user" => (system, text),
                _ => (system, user),
            };
        }

        if (user is null)
        {
            return Fail("'messages' must include a user message", "messages");
        }

        var (maxTokens, maxError) = Integer(request, "max_tokens", 1, int.MaxValue);
        if (maxError is null && maxTokens is null)
        {
            (maxTokens, maxError) = Integer(request, "max_completion_tokens", 1, int.MaxValue);
        }

        var (temperature, temperatureError) = Number(request, "temperature", 0, 2);
        var (_, topPError) = Number(request, "top_p", 0, 1);
        var (seed, seedError) = Integer(request, "seed", int.MinValue, int.MaxValue);
        var (topLogprobs, topLogprobsError) = Integer(request, "top_logprobs", 0, 20);
        var (_, nError) = Integer(request, "n", 1, 1);
        var (stream, streamError) = Boolean(request, "stream");
        var (logprobs, logprobsError) = Boolean(request, "logprobs");
        if (new[] { maxError, temperatureError, topPError, seedError, topLogprobsError, nError, streamError, logprobsError }.FirstOrDefault(e => e is not null) is { } error)
        {
            return Fail(error.Message, error.Param);
        }

        var decoding = new DecodingOptions
        {
            Temperature = temperature ?? 0,
            MaxNewTokens = maxTokens,
            TopLogprobs = logprobs == true ? Math.Max(1, topLogprobs ?? 0) : 0,
            Seed = seed ?? (temperature > 0 ? Random.Shared.Next() : 42),
        };
        return (new ChatRequest(new Prompt(system ?? model.DefaultSystem, user), decoding, stream == true, logprobs == true), null, null);
    }

    private static (ChatRequest?, string?, string?) Fail(string message, string? param) => (null, message, param);

    private static (int? Value, (string Message, string Param)? Error) Integer(JsonObject request, string name, int minimum, int maximum) =>
        request[name] switch
        {
            null => (null, null),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) && i >= minimum && i <= maximum => (i, null),
            _ => (null, (minimum == maximum ? $"'{name}' must be {minimum}" : $"'{name}' must be an integer{(minimum > int.MinValue ? $" from {minimum}" : string.Empty)}{(maximum < int.MaxValue ? $" to {maximum}" : string.Empty)}", name)),
        };

    private static (double? Value, (string Message, string Param)? Error) Number(JsonObject request, string name, double minimum, double maximum) =>
        request[name] switch
        {
            null => (null, null),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var d && d >= minimum && d <= maximum => (d, null),
            _ => (null, ($"'{name}' must be a number from {minimum} to {maximum}", name)),
        };

    private static (bool? Value, (string Message, string Param)? Error) Boolean(JsonObject request, string name) =>
        request[name] switch
        {
            null => (null, null),
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => (v.GetValue<bool>(), null),
            _ => (null, ($"'{name}' must be true or false", name)),
        };
}
