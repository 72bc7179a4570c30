using System.CommandLine;
using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge invoke PIPELINE "text"</c>: asks the pipeline's local endpoint; the answer streams token by token.</summary>
public static class InvokeCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var text = new Argument<string>("text") { Description = "The user message to answer." };
        var stage = new Option<string?>("--stage") { Description = "Answer with this stage instead of the deploy stage: a deploy stage's endpoint, or a training stage's latest checkpoint." };
        var system = new Option<string?>("--system") { Description = "The system prompt; defaults to the one the model was trained with." };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Stop the answer after this many tokens." };
        var set = CommonOptions.Set();
        var command = new Command("invoke", "Ask the pipeline's deployed model (on local: the endpoint its deploy stage created) and stream the answer token by token.")
        {
            pipeline, text, stage, system, maxTokens, set,
        };
        command.SetAction((parse, cancellation) => RunAsync(io, parse.GetValue(pipeline)!, parse.GetValue(text)!, parse.GetValue(stage), parse.GetValue(system), parse.GetValue(maxTokens), parse.GetValue(set) ?? [], cancellation));
        return command;
    }

    public static async Task<int> RunAsync(IOContext io, string pipelinePath, string text, string? stageId, string? system, int? maxTokens, IReadOnlyList<string> sets, CancellationToken cancellation)
    {
        var (served, _, exitCode) = LocalEndpointSetup.Open(io, pipelinePath, stageId, sets);
        if (served is null)
        {
            return exitCode;
        }

        await io.Error.WriteLineAsync($"{served.Id}, the {LocalModel.DisplayName}, endpoint {served.EndpointName}:");
        var answer = Decoder.Answer(served.Model, new Prompt(system ?? served.Model.DefaultSystem, text), new DecodingOptions { MaxNewTokens = maxTokens });
        foreach (var token in answer.Tokens)
        {
            cancellation.ThrowIfCancellationRequested();
            await io.Output.WriteAsync(token);
            await io.Output.FlushAsync(cancellation);
        }

        await io.Output.WriteLineAsync();
        return ExitCodes.Success;
    }
}
