using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Runner.Engine;
using NovaForge.Runner.Local.Executors;
using NovaForge.Runner.Local.Functions;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;

namespace NovaForge.Runner.Cli.Commands;

/// <summary>
/// <c>novaforge reward test PIPELINE STAGE [-n 20]</c>: runs a stage's reward function, locally and before any training,
/// on rows of the stage's data in RFT format, each scored twice (its reference answer as the model's answer, and a
/// wrong one), and prints the reward distribution and every problem with the function's output.
/// </summary>
public static class RewardCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var stage = new Argument<string>("stage") { Description = "The rft stage (or rft_eval stage) whose reward function to test." };
        var rows = new Option<int>("-n", "--rows") { Description = "How many rows of the stage's data to use.", DefaultValueFactory = _ => 20 };
        var set = CommonOptions.Set();
        var test = new Command("test", "Run the stage's reward function on n rows of its data, with the reference answer and a wrong answer per row, and print the reward distribution: the same Python file the sagemaker runtime deploys as the Lambda, run with python3.")
        {
            pipeline, stage, rows, set,
        };
        test.SetAction((parse, cancellation) => RunAsync(io, parse.GetValue(pipeline)!, parse.GetValue(stage)!, parse.GetValue(rows), parse.GetValue(set) ?? [], cancellation));
        var command = new Command("reward", "Reward functions: test one on your data before paying for training.");
        command.Subcommands.Add(test);
        return command;
    }

    public static async Task<int> RunAsync(IOContext io, string pipelinePath, string stageId, int count, IReadOnlyList<string> sets, CancellationToken cancellation)
    {
        var workspace = EngineSetup.Open(io, pipelinePath, sets);
        if (workspace is null)
        {
            return ExitCodes.Failure;
        }

        var stages = workspace.Pipeline.Stages!;
        var index = stages.FindIndex(s => s.Id == stageId);
        if (index < 0)
        {
            return EngineSetup.Fail(io, workspace, DiagnosticFactory.UnknownStageOption("stage", stageId, stages.Select(s => s.Id).OfType<string>()), ExitCodes.Usage);
        }

        var stage = stages[index];
        var spec = JobRequestBuilder.Function(workspace.Loaded, stage.Rft?.Reward ?? stage.Eval?.Reward);
        if (spec is null)
        {
            return EngineSetup.Fail(io, workspace, DiagnosticFactory.RewardTestNeedsReward(YamlPath.Of("stages", index).ToString(), stageId));
        }

        var rows = ReadRows(io, workspace, stage.Dataset, Math.Max(1, count), cancellation);
        if (rows is null)
        {
            return ExitCodes.Failure;
        }

        if (rows.Count == 0)
        {
            return EngineSetup.Fail(io, workspace, DiagnosticFactory.RewardTestNoRows(stageId));
        }

        // The function's prints arrive on another thread; they are shown after the scores, in order.
        var printed = new ConcurrentQueue<string>();
        var (reward, problem) = RewardFunctions.Create(spec, rows.Select(r => r.Reference).OfType<string>(), io.Environment, printed.Enqueue);
        if (reward is null)
        {
            return EngineSetup.Fail(io, workspace, problem!);
        }

        await using (reward)
        {
            var samples = new List<RewardSample>();
            for (var i = 0; i < rows.Count; i++)
            {
                samples.Add(RewardSample.Create(rows[i].Id + "/reference", rows[i].Row, rows[i].Reference ?? string.Empty));
                samples.Add(RewardSample.Create(rows[i].Id + "/wrong", rows[i].Row, WrongAnswer(rows, i)));
            }

            var result = await reward.ScoreAsync(samples, cancellation);
            foreach (var line in printed)
            {
                await io.Error.WriteLineAsync("[reward] " + line);
            }

            Report(io, reward.Name, stageId, stage.Dataset!, rows.Count, samples, result);
            foreach (var diagnostic in result.Diagnostics.DistinctBy(d => d.ToCanonicalString()))
            {
                DiagnosticWriter.WriteText(io.Error, diagnostic, null);
            }

            return result.Diagnostics.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
    }

    /// <summary>The first rows of the stage's dataset in RFT format, prepared by the data library into a scratch file.</summary>
    private static List<RftRow>? ReadRows(IOContext io, PipelineWorkspace workspace, string? dataset, int count, CancellationToken cancellation)
    {
        if (dataset is null)
        {
            return [];
        }

        Directory.CreateDirectory(workspace.Store.Cache);
        var scratch = Path.Combine(workspace.Store.Cache, $"reward-test-{Guid.NewGuid():N}.jsonl");
        try
        {
            var preparer = new DataPreparer(workspace.Pipeline, workspace.Loaded.Directory, new DataPreparationOptions { DisplayPath = io.FullPath });
            var prepared = preparer.PrepareDataset(dataset, RftFormat.Instance, scratch, cancellation);
            foreach (var diagnostic in prepared.Diagnostics)
            {
                DiagnosticWriter.WriteText(prepared.Succeeded ? io.Output : io.Error, diagnostic, workspace.Loaded.Source);
            }

            return prepared.Succeeded ? [.. PreparedRows.Rft([scratch]).Take(count)] : null;
        }
        finally
        {
            File.Delete(scratch);
        }
    }

    /// <summary>Another row's different reference answer (a plausible wrong label); the reference garbled when all are alike.</summary>
    private static string WrongAnswer(IReadOnlyList<RftRow> rows, int index)
    {
        var reference = rows[index].Reference ?? string.Empty;
        for (var step = 1; step < rows.Count; step++)
        {
            if (rows[(index + step) % rows.Count].Reference is { } other && !string.Equals(other.Trim(), reference.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return other;
            }
        }

        return string.Join(' ', reference.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse().Select(w => new string([.. w.Reverse()]))) + " ???";
    }

    private static void Report(IOContext io, string name, string stageId, string dataset, int rows, IReadOnlyList<RewardSample> samples, RewardBatchResult result)
    {
        var output = io.Output;
        output.WriteLine($"Reward test: {name} on {rows} rows of stage '{stageId}' (dataset {dataset}).");
        output.WriteLine("Each row is scored twice: with its reference answer as the model's answer, and with a wrong one (another row's reference, or the reference garbled).");
        output.WriteLine();
        var scored = samples.Select((s, i) => (Kind: s.Id.EndsWith("/reference", StringComparison.Ordinal) ? "reference" : "wrong", Score: result.Scores[i]?.Score)).ToList();
        var reference = scored.Where(s => s.Kind == "reference" && s.Score is not null).Select(s => s.Score!.Value).ToList();
        var wrong = scored.Where(s => s.Kind == "wrong" && s.Score is not null).Select(s => s.Score!.Value).ToList();
        var all = reference.Concat(wrong).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"answers",-10} {"count",6} {"mean",9} {"std",9} {"min",9} {"max",9}"));
        foreach (var (kind, values) in new[] { ("reference", reference), ("wrong", wrong), ("all", all) })
        {
            output.WriteLine(values.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"  {kind,-10} {0,6} {"-",9} {"-",9} {"-",9} {"-",9}")
                : string.Create(CultureInfo.InvariantCulture, $"  {kind,-10} {values.Count,6} {values.Average(),9:0.000} {StandardDeviation(values),9:0.000} {values.Min(),9:0.000} {values.Max(),9:0.000}"));
        }

        if (all.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Distribution of {all.Count} rewards:"));
            foreach (var line in Histogram(all))
            {
                output.WriteLine(line);
            }
        }

        if (reference.Count > 0 && wrong.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(reference.Average() > wrong.Average()
                ? string.Create(CultureInfo.InvariantCulture, $"The reward scores reference answers above wrong ones (mean {reference.Average():0.000} vs {wrong.Average():0.000}).")
                : string.Create(CultureInfo.InvariantCulture, $"warning: the reward does not score reference answers above wrong ones (mean {reference.Average():0.000} vs {wrong.Average():0.000}); RFT would learn nothing useful from it."));
        }
    }

    /// <summary>One bar per distinct value when there are few (a +1/-1 reward), else ten equal-width bins.</summary>
    private static IEnumerable<string> Histogram(IReadOnlyList<double> values)
    {
        const int Width = 30;
        var distinct = values.Distinct().Order().ToList();
        List<(string Label, int Count)> bins;
        if (distinct.Count <= 8)
        {
            bins = [.. distinct.Select(v => (v.ToString("0.000", CultureInfo.InvariantCulture), values.Count(x => x == v)))];
        }
        else
        {
            var (min, max) = (distinct[0], distinct[^1]);
            var size = (max - min) / 10;
            bins = [.. Enumerable.Range(0, 10).Select(b => (
                string.Create(CultureInfo.InvariantCulture, $"{min + (b * size):0.000}..{min + ((b + 1) * size):0.000}"),
                values.Count(v => Math.Min(9, (int)((v - min) / size)) == b)))];
        }

        var widest = bins.Max(b => b.Count);
        var labelWidth = bins.Max(b => b.Label.Length);
        return bins.Select(b => string.Create(CultureInfo.InvariantCulture, $"  {b.Label.PadLeft(labelWidth)} | {new string('#', widest == 0 ? 0 : (int)Math.Round((double)b.Count * Width / widest)),-Width} {b.Count}"));
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
