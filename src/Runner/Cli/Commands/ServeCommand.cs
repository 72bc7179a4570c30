using System.CommandLine;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Serving;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge serve PIPELINE [--port N]</c>: the pipeline's local model behind an OpenAI-style chat-completions API on 127.0.0.1.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1; 0 picks a free one (printed).", DefaultValueFactory = _ => DefaultPort };
        var stage = new Option<string?>("--stage") { Description = "Serve this stage instead of the deploy stage: a deploy stage's endpoint, or a training stage's latest checkpoint." };
        var set = CommonOptions.Set();
        var command = new Command("serve", "Serve the pipeline's deployed local model on 127.0.0.1 with an OpenAI-style API (POST /v1/chat/completions, streaming with \"stream\": true; GET /v1/models), to test client code. Ctrl-C stops it.")
        {
            pipeline, port, stage, set,
        };
        command.SetAction((parse, cancellation) => RunAsync(io, parse.GetValue(pipeline)!, parse.GetValue(port), parse.GetValue(stage), parse.GetValue(set) ?? [], cancellation));
        return command;
    }

    public static async Task<int> RunAsync(IOContext io, string pipelinePath, int port, string? stageId, IReadOnlyList<string> sets, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, io.Cancellation);
        var (served, workspace, exitCode) = LocalEndpointSetup.Open(io, pipelinePath, stageId, sets);
        if (served is null)
        {
            return exitCode;
        }

        ChatCompletionServer server;
        try
        {
            server = await ChatCompletionServer.StartAsync(served, port, stop.Token);
        }
        catch (IOException e)
        {
            return EngineSetup.Fail(io, workspace!, DiagnosticFactory.ServeBindFailed(port, e.Message));
        }

        await using (server)
        {
            await io.Output.WriteLineAsync($"Serving {served.Id}, the {LocalModel.DisplayName}, from endpoint {served.EndpointName}");
            await io.Output.WriteLineAsync($"  {server.BaseUrl}/chat/completions   (POST; \"stream\": true for server-sent events)");
            await io.Output.WriteLineAsync($"  {server.BaseUrl}/models");
            await io.Output.WriteLineAsync("Press Ctrl-C to stop.");
            await io.Output.FlushAsync(CancellationToken.None);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                await io.Output.WriteLineAsync("Stopped.");
            }
        }

        return ExitCodes.Success;
    }
}
