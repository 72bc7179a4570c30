using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NovaForge.Runner.Local.Model;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Local.Serving;

/// <summary>
/// An OpenAI-style chat-completions endpoint for a local model, on 127.0.0.1 only, for testing client code:
/// POST /v1/chat/completions (with <c>stream: true</c>, server-sent events, one token per chunk, then
/// <c>data: [DONE]</c>) and GET /v1/models. Kestrel rather than HttpListener: it streams SSE reliably, binds port 0
/// and reports the chosen port, and is the supported server on every platform .NET runs on.
/// </summary>
public sealed class ChatCompletionServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ChatCompletionServer(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/v1");

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port cannot be bound.</summary>
    public static async Task<ChatCompletionServer> StartAsync(ServedModel served, int port, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/v1/models", (RequestDelegate)(http => WriteJsonAsync(http, StatusCodes.Status200OK, ChatResponses.Models(served, Now()))));
        app.MapPost("/v1/chat/completions", (RequestDelegate)(http => CompleteAsync(http, served)));
        app.MapFallback((RequestDelegate)(http => WriteJsonAsync(http, StatusCodes.Status404NotFound, ChatResponses.Error($"no route {http.Request.Method} {http.Request.Path}; this server offers POST /v1/chat/completions and GET /v1/models", "invalid_request_error", null))));
        await app.StartAsync(cancellation);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ChatCompletionServer(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task CompleteAsync(HttpContext http, ServedModel served)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException e)
        {
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, ChatResponses.Error("the request body is not valid JSON: " + e.Message, "invalid_request_error", null));
            return;
        }

        var (request, error, param) = ChatRequestParser.Parse(body, served.Model);
        if (request is null)
        {
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, ChatResponses.Error(error!, "invalid_request_error", param));
            return;
        }

        var answer = Decoder.Answer(served.Model, request.Prompt, request.Decoding);
        var id = "chatcmpl-" + Guid.NewGuid().ToString("N")[..24];
        var created = Now();
        if (!request.Stream)
        {
            await WriteJsonAsync(http, StatusCodes.Status200OK, ChatResponses.Completion(id, created, served, request, answer));
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await WriteEventAsync(http, ChatResponses.Chunk(id, created, served, new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null, null).ToJsonString(NovaJson.Options));
        for (var i = 0; i < answer.Tokens.Count; i++)
        {
            var logprobs = request.Logprobs && answer.Logprobs is { } all ? ChatResponses.Logprobs([all[i]]) : null;
            await WriteEventAsync(http, ChatResponses.Chunk(id, created, served, new JsonObject { ["content"] = answer.Tokens[i] }, logprobs, null).ToJsonString(NovaJson.Options));
        }

        await WriteEventAsync(http, ChatResponses.Chunk(id, created, served, [], null, ChatResponses.FinishReason(answer)).ToJsonString(NovaJson.Options));
        await WriteEventAsync(http, "[DONE]");
    }

    private static async Task WriteEventAsync(HttpContext http, string data)
    {
        await http.Response.WriteAsync("data: " + data + "\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private static Task WriteJsonAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body.ToJsonString(NovaJson.Options), http.RequestAborted);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
