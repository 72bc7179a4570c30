using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NovaForge.Runner.Cli;
using NovaForge.Runner.Tests.Samples;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Serving;

public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_streams_chat_completions_as_server_sent_events_to_done()
    {
        using var pipeline = new DeployedPipeline();
        await using var server = await ServeSession.StartAsync(pipeline);
        using var client = new HttpClient();
        var (ticket, answer) = DeployedPipeline.Example("software");
        var body = new JsonObject { ["model"] = "novaforge-local:sft", ["stream"] = true, ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = ticket }) };
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url("/v1/chat/completions"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var events = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(line["data: ".Length..]);
            }
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("[DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonDocument.Parse(e).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.All(chunks, c => Assert.Equal("novaforge-local:sft", c.GetProperty("model").GetString()));
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        var content = string.Concat(chunks.Select(c => c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var text) ? text.GetString() : string.Empty));
        Assert.Equal(answer, content);
        Assert.True(chunks.Count > 4, "one chunk per token: the role, several tokens, the finish");
        Assert.Equal("stop", chunks[^1].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Serve_answers_completions_lists_its_model_and_rejects_bad_requests()
    {
        using var pipeline = new DeployedPipeline();
        await using var server = await ServeSession.StartAsync(pipeline);
        using var client = new HttpClient();

        var (ticket, answer) = DeployedPipeline.Example("access");
        var body = new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "system", ["content"] = SupportTicketSampleGenerator.SystemPrompt }, new JsonObject { ["role"] = "user", ["content"] = ticket }),
            ["logprobs"] = true,
            ["top_logprobs"] = 2,
            ["max_tokens"] = 2,
        };
        var completion = await PostAsync(client, server.Url("/v1/chat/completions"), body.ToJsonString());
        var models = JsonDocument.Parse(await client.GetStringAsync(server.Url("/v1/models"))).RootElement;
        var empty = await PostAsync(client, server.Url("/v1/chat/completions"), """{"messages": []}""");
        var notJson = await PostAsync(client, server.Url("/v1/chat/completions"), "{oops");
        var badTemperature = await PostAsync(client, server.Url("/v1/chat/completions"), """{"messages": [{"role": "user", "content": "x"}], "temperature": 9}""");

        Assert.Equal(HttpStatusCode.OK, completion.Status);
        var choice = completion.Body.GetProperty("choices")[0];
        Assert.Equal("access:", choice.GetProperty("message").GetProperty("content").GetString());
        Assert.StartsWith("access:", answer, StringComparison.Ordinal);
        Assert.Equal("length", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("chat.completion", completion.Body.GetProperty("object").GetString());
        Assert.Equal(2, choice.GetProperty("logprobs").GetProperty("content").GetArrayLength());
        Assert.Equal(2, choice.GetProperty("logprobs").GetProperty("content")[0].GetProperty("top_logprobs").GetArrayLength());
        Assert.Equal(2, completion.Body.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal("novaforge-local:sft", models.GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "messages"), (empty.Status, empty.Body.GetProperty("error").GetProperty("param").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "temperature"), (badTemperature.Status, badTemperature.Body.GetProperty("error").GetProperty("param").GetString()));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, Uri url, string body)
    {
        using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:(\d+)/v1")]
    private static partial Regex BaseUrl();

    /// <summary><c>novaforge serve --port 0</c> running in-process until disposed (which is Ctrl-C: the IOContext's cancellation).</summary>
    private sealed class ServeSession : IAsyncDisposable
    {
        private readonly CancellationTokenSource interrupt;
        private readonly Task<int> serving;
        private readonly ConcurrentStringWriter output;

        private ServeSession(CancellationTokenSource interrupt, Task<int> serving, ConcurrentStringWriter output, int port)
        {
            this.interrupt = interrupt;
            this.serving = serving;
            this.output = output;
            Port = port;
        }

        public int Port { get; }

        public static async Task<ServeSession> StartAsync(DeployedPipeline pipeline)
        {
            var output = new ConcurrentStringWriter();
            var error = new ConcurrentStringWriter();
            var interrupt = new CancellationTokenSource();
            var io = new IOContext(output, error, _ => null, pipeline.Folder, IsInteractive: false, interrupt.Token);
            var serving = Task.Run(() => NovaForgeCli.RunAsync(["serve", DeployedPipeline.File, "--port", "0"], io));
            for (var waited = 0; waited < 600; waited++)
            {
                if (BaseUrl().Match(output.ToString()) is { Success: true } match)
                {
                    return new ServeSession(interrupt, serving, output, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }

                Assert.False(serving.IsCompleted, $"serve ended early: {error}");
                await Task.Delay(100);
            }

            throw new TimeoutException("serve did not print its address within a minute");
        }

        public Uri Url(string path) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{path}"));

        public async ValueTask DisposeAsync()
        {
            await interrupt.CancelAsync();
            Assert.Equal(ExitCodes.Success, await serving);
            Assert.Contains("Stopped.", output.ToString(), StringComparison.Ordinal);
            interrupt.Dispose();
        }
    }
}
