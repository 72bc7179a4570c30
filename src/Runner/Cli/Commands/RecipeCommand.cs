using System.CommandLine;
using System.Text;
using NovaForge.Runner.Cli.Output;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;

namespace NovaForge.Runner.Cli.Commands;

/// <summary>
/// <c>novaforge recipe PIPELINE [STAGE] [--out DIR]</c>: the Nova recipe a stage will run, rendered from the catalog's
/// templates with its overrides (run names and paths are placeholders until a run knows them). Prints one stage's
/// recipe, or writes every stage's to DIR/&lt;stage&gt;.yaml.
/// </summary>
public static class RecipeCommand
{
    public static Command Create(IOContext io)
    {
        var pipeline = CommonOptions.Pipeline();
        var stage = new Argument<string?>("stage") { Description = "The stage whose recipe to print.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = "Write the recipe of every stage (or of STAGE) to DIR/<stage>.yaml instead of printing." };
        var set = CommonOptions.Set();
        var command = new Command("recipe", "Print the Nova recipe a stage runs, rendered with its overrides, or write every stage's recipe to a folder with --out. Exit code 0 when rendered, 1 when the pipeline is invalid, 2 on usage errors.")
        {
            pipeline, stage, output, set,
        };
        command.SetAction(parse => Run(io, parse.GetValue(pipeline)!, parse.GetValue(stage), parse.GetValue(output), parse.GetValue(set) ?? []));
        return command;
    }

    public static int Run(IOContext io, string file, string? stageId, string? outputDirectory, IReadOnlyList<string> sets)
    {
        if (stageId is null && outputDirectory is null)
        {
            return Usage(io, "name a stage to print its recipe, or use --out DIR to write every stage's recipe");
        }

        var options = new LoadOptions { Sets = sets, Environment = io.Environment };
        var loaded = PipelineLoader.Load(io.FullPath(file), options, displayPath: file);
        if (loaded.HasErrors || loaded.Pipeline?.Stages is not { } stages)
        {
            WriteDiagnostics(io, loaded.Diagnostics, loaded);
            return ExitCodes.Failure;
        }

        var indexes = Enumerable.Range(0, stages.Count).Where(i => stages[i].Kind is not StageKind.Deploy).ToList();
        if (stageId is not null)
        {
            var index = stages.FindIndex(s => s.Id == stageId);
            if (index < 0)
            {
                return Usage(io, $"no stage '{stageId}' in {file}; its stages are: {string.Join(", ", stages.Select(s => s.Id))}");
            }

            if (!indexes.Contains(index))
            {
                return Usage(io, $"stage '{stageId}' deploys a model and has no recipe; stages with recipes: {string.Join(", ", indexes.Select(i => stages[i].Id))}");
            }

            indexes = [index];
        }

        var builder = new StageRecipeBuilder(options.Catalog);
        var recipes = new List<(string Stage, string Text)>();
        foreach (var index in indexes)
        {
            var rendered = builder.Build(loaded.Pipeline, index);
            WriteDiagnostics(io, rendered.Diagnostics, loaded);
            if (!rendered.Succeeded)
            {
                return ExitCodes.Failure;
            }

            recipes.Add((stages[index].Id!, rendered.Text!));
        }

        if (outputDirectory is null)
        {
            io.Output.Write(recipes[0].Text);
            return ExitCodes.Success;
        }

        var directory = io.FullPath(outputDirectory);
        Directory.CreateDirectory(directory);
        foreach (var (stage, text) in recipes)
        {
            WriteAtomically(Path.Combine(directory, $"{stage}.yaml"), text);
            io.Output.WriteLine($"wrote {Path.Combine(outputDirectory, $"{stage}.yaml")}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Temp file beside the target, flushed to disk, then renamed over it: a reader never sees half a recipe.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var temporary = $"{path}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Diagnostics go to standard error: standard output carries only the recipe.</summary>
    private static void WriteDiagnostics(IOContext io, IEnumerable<Diagnostic> diagnostics, LoadResult loaded)
    {
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticWriter.WriteText(io.Error, diagnostic, loaded.Source);
        }
    }

    private static int Usage(IOContext io, string message)
    {
        io.Error.WriteLine($"novaforge: error: {message}");
        return ExitCodes.Usage;
    }
}
