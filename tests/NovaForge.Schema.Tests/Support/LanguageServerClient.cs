using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace NovaForge.Schema.Tests.Support;

/// <summary>A minimal Language Server Protocol client over stdio (Content-Length framing, JSON-RPC 2.0), enough to open documents and collect diagnostics.</summary>
public sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Dictionary<string, JsonArray> diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<int, TaskCompletionSource<JsonNode?>> pending = [];
    private readonly object gate = new();
    private readonly Task reader;
    private int nextId;

    private LanguageServerClient(Process process)
    {
        this.process = process;
        input = process.StandardInput.BaseStream;
        reader = Task.Run(ReadLoopAsync);
    }

    public static async Task<LanguageServerClient> StartAsync(string node, string serverScript, string rootDirectory)
    {
        var start = new ProcessStartInfo(node) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(serverScript);
        start.ArgumentList.Add("--stdio");
        var client = new LanguageServerClient(Process.Start(start)!);
        _ = client.process.StandardError.ReadToEndAsync();
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(rootDirectory).AbsoluteUri,
            ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = false } },
        });
        await client.NotifyAsync("initialized", new JsonObject());
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["yaml"] = new JsonObject { ["validate"] = true, ["schemaStore"] = new JsonObject { ["enable"] = false } } },
        });
        return client;
    }

    /// <summary>Opens a document and returns the first diagnostics the server publishes for it.</summary>
    public async Task<JsonArray> OpenAndGetDiagnosticsAsync(string path, TimeSpan timeout)
    {
        var uri = new Uri(path).AbsoluteUri;
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = await File.ReadAllTextAsync(path) },
        });
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (gate)
            {
                if (diagnostics.TryGetValue(uri, out var published))
                {
                    return published;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"yaml-language-server published no diagnostics for {path} within {timeout}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", null).WaitAsync(TimeSpan.FromSeconds(5));
            await NotifyAsync("exit", null);
        }
        catch (Exception exception) when (exception is TimeoutException or IOException)
        {
            // The server is killed below either way.
        }

        if (!process.WaitForExit(2000))
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters)
    {
        var source = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (gate)
        {
            id = ++nextId;
            pending[id] = source;
        }

        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await source.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await input.WriteAsync(header);
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        var stream = process.StandardOutput.BaseStream;
        while (true)
        {
            var length = await ReadHeaderAsync(stream);
            if (length < 0)
            {
                return;
            }

            var body = new byte[length];
            await stream.ReadExactlyAsync(body);
            var message = JsonNode.Parse(body)!.AsObject();
            Handle(message);
        }
    }

    private void Handle(JsonObject message)
    {
        if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics")
        {
            lock (gate)
            {
                diagnostics[message["params"]!["uri"]!.GetValue<string>()] = message["params"]!["diagnostics"]!.AsArray();
            }
        }
        else if (message["id"] is JsonValue id && message.ContainsKey("method"))
        {
            // A request from the server (configuration, registration): answer with null so it carries on.
            _ = SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = null });
        }
        else if (message["id"] is JsonValue responseId && responseId.TryGetValue<int>(out var number))
        {
            lock (gate)
            {
                if (pending.Remove(number, out var source))
                {
                    source.TrySetResult(message["result"]);
                }
            }
        }
    }

    private static async Task<int> ReadHeaderAsync(Stream stream)
    {
        var header = new StringBuilder();
        var buffer = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                return -1;
            }

            header.Append((char)buffer[0]);
        }

        var line = header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
