using System.Text.Json.Nodes;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Local.Functions;

/// <summary>
/// The reward Lambda's Python file, run locally: samples go to the handler in batches of the function's batch size,
/// each call under its timeout, and every answer is checked against the contract. When a batch raises, its samples
/// are retried one by one to name the sample the handler fails on.
/// </summary>
public sealed class PythonRewardFunction(PythonFunctionProcess process, int batchSize) : IRewardFunction
{
    private const string Role = "reward function";

    private Diagnostic? fatal;

    public string Name => Path.GetFileName(process.Options.File);

    public async Task<RewardBatchResult> ScoreAsync(IReadOnlyList<RewardSample> samples, CancellationToken cancellation)
    {
        var scores = new List<RewardScore?>(samples.Count);
        var diagnostics = new List<Diagnostic>();
        foreach (var batch in samples.Chunk(Math.Max(1, batchSize)))
        {
            var result = fatal is not null ? RewardOutputValidator.Failed(batch, fatal) : await ScoreBatchAsync(batch, cancellation);
            scores.AddRange(result.Scores);
            diagnostics.AddRange(result.Diagnostics);
        }

        return new RewardBatchResult(scores, diagnostics);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    private async Task<RewardBatchResult> ScoreBatchAsync(IReadOnlyList<RewardSample> batch, CancellationToken cancellation)
    {
        var file = process.Options.File;
        var call = await process.CallAsync(new JsonArray([.. batch.Select(s => (JsonNode)s.Payload.DeepClone())]), cancellation);
        if (call.Succeeded)
        {
            return RewardOutputValidator.Validate(file, call.Result, batch);
        }

        if (call.Status == FunctionCallStatus.Raised && call.Error!.Type != "OutputNotJson" && batch.Count > 1)
        {
            // Which sample does it fail on? Ask one at a time; the first that raises is named.
            foreach (var sample in batch)
            {
                var single = await process.CallAsync(new JsonArray(sample.Payload.DeepClone()), cancellation);
                if (!single.Succeeded)
                {
                    return Fail(batch, single, sample.Id, 1);
                }
            }
        }

        return Fail(batch, call, batch[0].Id, batch.Count);
    }

    /// <summary>The batch fails with the call's diagnostic; if the file cannot run at all, every later batch fails with it too, without calling.</summary>
    private RewardBatchResult Fail(IReadOnlyList<RewardSample> batch, FunctionCallResult call, string sampleId, int batchSize)
    {
        var diagnostic = FunctionCallDiagnostics.For(process.Options, Role, call, sampleId, batchSize, out var cannotRun);
        if (cannotRun)
        {
            fatal = diagnostic;
        }

        return RewardOutputValidator.Failed(batch, diagnostic);
    }
}
