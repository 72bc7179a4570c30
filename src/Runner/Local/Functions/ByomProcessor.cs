using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Evaluation.Byom;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Functions;

/// <summary>
/// A bring-your-own-metrics processor run locally under the Nova evaluation container's contract (one example per call):
/// preprocess {"process_type": "preprocess", "data": {prompt, gold, system}} returns {"statusCode": 200, "body": {prompt,
/// gold, system}}; postprocess {"process_type": "postprocess", "data": {prompt, inference_output, gold}} returns
/// {"statusCode": 200, "body": [{"metric", "value"}, ...]}. Anything else is a diagnostic naming the sample.
/// </summary>
public sealed class ByomProcessor(PythonFunctionProcess process) : IAsyncDisposable
{
    private const string Role = "processor";

    public string Name => Path.GetFileName(process.Options.File);

    public async Task<(ByomPreprocessed? Value, Diagnostic? Problem)> PreprocessAsync(string sampleId, string prompt, string gold, string? system, CancellationToken cancellation)
    {
        var (body, problem) = await CallAsync("preprocess", sampleId, new JsonObject { ["prompt"] = prompt, ["gold"] = gold, ["system"] = system }, cancellation);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (body is not JsonObject fields || Text(fields["prompt"]) is not { } newPrompt || Text(fields["gold"]) is not { } newGold
            || (fields["system"] is not null && Text(fields["system"]) is null))
        {
            return (null, DiagnosticFactory.ProcessorBodyMalformed(process.Options.File, "preprocess", sampleId, $"is {RewardOutputValidator.Describe(body)}, not {{\"prompt\": str, \"gold\": str, \"system\": str or null}}"));
        }

        return (new ByomPreprocessed(newPrompt, newGold, Text(fields["system"])), null);
    }

    public async Task<(IReadOnlyList<KeyValuePair<string, double>>? Metrics, Diagnostic? Problem)> PostprocessAsync(string sampleId, string prompt, string inferenceOutput, string gold, CancellationToken cancellation)
    {
        var (body, problem) = await CallAsync("postprocess", sampleId, new JsonObject { ["prompt"] = prompt, ["inference_output"] = inferenceOutput, ["gold"] = gold }, cancellation);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (body is not JsonArray items || items.Any(i => i is not JsonObject { } item || Text(item["metric"]) is null))
        {
            return (null, DiagnosticFactory.ProcessorBodyMalformed(process.Options.File, "postprocess", sampleId, $"is {RewardOutputValidator.Describe(body)}, not a list of {{\"metric\": str, \"value\": number}}"));
        }

        var (metrics, skipped) = ByomResponse.Parse(new JsonObject { ["body"] = items.DeepClone() });
        return skipped.Count > 0
            ? (null, DiagnosticFactory.ProcessorBodyMalformed(process.Options.File, "postprocess", sampleId, $"gives metric '{skipped[0]}' a value that is not a number"))
            : (metrics, null);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    /// <summary>Calls one step; the body of a 200 response (parsed when it is a JSON string), or the diagnostic.</summary>
    private async Task<(JsonNode? Body, Diagnostic? Problem)> CallAsync(string step, string sampleId, JsonObject data, CancellationToken cancellation)
    {
        var call = await process.CallAsync(new JsonObject { ["process_type"] = step, ["data"] = data }, cancellation);
        if (!call.Succeeded)
        {
            return (null, FunctionCallDiagnostics.For(process.Options, Role, call, sampleId, 1, out _));
        }

        if (call.Result is JsonObject { } error && error["errorMessage"] is { } message)
        {
            return (null, DiagnosticFactory.LambdaErrorReturned(process.Options.File, Role, sampleId, Text(message) ?? message.ToJsonString()));
        }

        var status = call.Result?["statusCode"];
        if (status is not JsonValue code || code.GetValueKind() != JsonValueKind.Number || code.GetValue<double>() != 200)
        {
            return (null, DiagnosticFactory.ProcessorBadStatus(process.Options.File, step, sampleId, status?.ToJsonString() ?? "(none)"));
        }

        var body = call.Result!["body"];
        if (body is JsonValue value && value.TryGetValue<string>(out var serialized) && serialized.TrimStart() is ['[' or '{', ..])
        {
            try
            {
                body = JsonNode.Parse(serialized);
            }
            catch (JsonException)
            {
                // Not JSON after all: reported as a malformed body by the step.
            }
        }

        return (body, null);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
