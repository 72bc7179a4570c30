using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Runner.Data.Sources;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Cli.Commands;

/// <summary>
/// <c>novaforge prepare PIPELINE [--stage ID | --dataset NAME --kind KIND] [--out DIR]</c>: writes the JSONL rows the
/// stages' jobs read, validated row by row, and prints each file's rows, size and SHA-256. Exit code 1 on data errors.
/// </summary>
public static class PrepareCommand
{
    private static readonly string[] Kinds = ["eval", "sft", "dpo", "rft", "cpt"];

    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var stage = new Option<string?>("--stage") { Description = "Prepare this stage's data only (default: every stage that reads a dataset)." };
        var dataset = new Option<string?>("--dataset") { Description = "Prepare a dataset ('name' or 'name.part') instead of a stage's data; needs --kind." };
        var kind = new Option<string?>("--kind") { Description = "With --dataset: the row format to write (eval = gen_qa)." };
        kind.AcceptOnlyFromAmong(Kinds);
        var output = new Option<string?>("--out") { Description = "Folder for the prepared files (default: .novaforge/prepared beside the pipeline)." };
        var format = CommonOptions.Format();
        var set = CommonOptions.Set();
        var command = new Command("prepare", "Map, transform and validate the data of the pipeline's stages into the exact JSONL rows their jobs read, with each file's SHA-256. Nothing is uploaded. Exit code 0 when all data is valid, 1 when not.")
        {
            pipeline, stage, dataset, kind, output, format, set,
        };
        command.SetAction(parse => Run(
            io,
            parse.GetValue(pipeline)!,
            new Target(parse.GetValue(stage), parse.GetValue(dataset), parse.GetValue(kind)),
            parse.GetValue(output),
            parse.GetValue(format),
            parse.GetValue(set) ?? []));
        return command;
    }

    private static int Run(IOContext io, string file, Target target, string? outputDirectory, OutputFormat format, IReadOnlyList<string> sets)
    {
        if (target.Usage() is { } usage)
        {
            io.Error.WriteLine($"novaforge: error: {usage}");
            return ExitCodes.Usage;
        }

        var load = PipelineLoader.Load(io.FullPath(file), new LoadOptions { Sets = sets, Environment = io.Environment, DataInspector = new DataSourceInspector() }, displayPath: file);
        if (load.HasErrors || load.Pipeline is null || load.Document is null)
        {
            return Report(io, format, load, [], load.Diagnostics);
        }

        var directory = outputDirectory is null ? Path.Combine(load.Directory, ".novaforge", "prepared") : io.FullPath(outputDirectory);
        var cache = ContentHashCache.Open(Path.Combine(load.Directory, ".novaforge", "cache"));
        var preparer = new DataPreparer(load.Pipeline, load.Directory, new DataPreparationOptions
        {
            DisplayPath = io.DisplayPath,
            HashCache = cache,
        });
        var general = new List<Diagnostic>(load.Diagnostics.Concat(cache.Diagnostics));
        var results = new List<(string Name, PreparedDataset Result)>();
        foreach (var (name, prepare) in Jobs(load.Pipeline, target, directory, preparer, general, io.Cancellation))
        {
            var result = prepare();
            results.Add((name, result with { Diagnostics = [.. result.Diagnostics.Select(d => PipelineLoader.Locate(d, load.Document))] }));
        }

        cache.Save();
        return Report(io, format, load, results, general);
    }

    private static IEnumerable<(string Name, Func<PreparedDataset> Prepare)> Jobs(PipelineDefinition pipeline, Target target, string directory, DataPreparer preparer, List<Diagnostic> general, CancellationToken cancellation)
    {
        if (target.Dataset is { } reference)
        {
            var kind = Enum.Parse<StageKind>(target.Kind!, ignoreCase: true);
            var rowFormat = RowFormats.For(kind)!;
            yield return (reference, () => preparer.PrepareDataset(reference, rowFormat, Path.Combine(directory, $"{reference}.{target.Kind}.jsonl"), cancellation));
            yield break;
        }

        var stages = (pipeline.Stages ?? []).Where(s => s is not null).ToList();
        if (target.Stage is { } id)
        {
            var stage = stages.FirstOrDefault(s => s.Id == id);
            if (stage is null)
            {
                general.Add(DiagnosticFactory.UnknownStageToPrepare(id, stages.Select(s => s.Id ?? string.Empty)));
                yield break;
            }

            stages = [stage];
        }
        else
        {
            stages = [.. stages.Where(s => !string.IsNullOrEmpty(s.Dataset))];
        }

        foreach (var stage in stages)
        {
            yield return (stage.Id ?? "?", () => preparer.PrepareStage(stage, Path.Combine(directory, $"{stage.Id}.jsonl"), cancellation));
        }
    }

    private static int Report(IOContext io, OutputFormat format, LoadResult load, IReadOnlyList<(string Name, PreparedDataset Result)> results, IReadOnlyList<Diagnostic> general)
    {
        var failed = general.Any(d => d.IsError) || results.Any(r => !r.Result.Succeeded);
        if (format == OutputFormat.Json)
        {
            io.Output.WriteLine(DiagnosticWriter.ToJsonText(new JsonObject
            {
                ["valid"] = !failed,
                ["diagnostics"] = DiagnosticWriter.ToJson(general),
                ["outputs"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
                {
                    ["name"] = r.Name,
                    ["format"] = r.Result.Format,
                    ["path"] = r.Result.Succeeded ? io.DisplayPath(r.Result.Path) : null,
                    ["rows"] = r.Result.Rows,
                    ["bytes"] = r.Result.Bytes,
                    ["sha256"] = r.Result.Sha256,
                    ["errors"] = r.Result.ErrorCount,
                    ["diagnostics"] = DiagnosticWriter.ToJson(r.Result.Diagnostics),
                })]),
            }));
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        foreach (var diagnostic in general)
        {
            DiagnosticWriter.WriteText(io.Output, diagnostic, load.Source);
        }

        foreach (var (name, result) in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                DiagnosticWriter.WriteText(io.Output, diagnostic, load.Source);
            }

            io.Output.WriteLine(result.Succeeded
                ? string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Format}, {result.Rows:N0} rows, {result.Bytes:N0} bytes, sha256 {result.Sha256} -> {io.DisplayPath(result.Path)}")
                : string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Format}, not prepared: {result.ErrorCount:N0} error(s)"));
        }

        if (results.Count == 0 && !failed)
        {
            io.Output.WriteLine("No stage reads a dataset: nothing to prepare.");
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private sealed record Target(string? Stage, string? Dataset, string? Kind)
    {
        public string? Usage() => (Stage, Dataset, Kind) switch
        {
            ({ }, { }, _) => "give --stage or --dataset, not both",
            (_, { }, null) => "--dataset needs --kind (eval, sft, dpo, rft or cpt): the row format to write",
            (_, null, { }) => "--kind goes with --dataset; a stage's kind comes from the pipeline",
            _ => null,
        };
    }
}
