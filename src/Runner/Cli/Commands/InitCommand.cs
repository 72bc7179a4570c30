using System.CommandLine;
using System.Text.RegularExpressions;
using NovaForge.Runner.Cli.Init;
using NovaForge.Runner.IO;
using NovaForge.Schema.Validation;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge init [DIR]</c>: writes a commented starter pipeline that validates and runs locally, with its data and schema.</summary>
public static partial class InitCommand
{
    public static Command Create(IOContext io)
    {
        var directory = new Argument<string>("directory") { Description = "Where to write the starter files (default: the current folder).", DefaultValueFactory = _ => "." };
        var name = new Option<string?>("--name") { Description = "The pipeline's name (default: the folder's name)." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var command = new Command("init", $"Write a commented starter pipeline ({StarterPipeline.PipelineFile}), its example data and the JSON Schema editors use. It validates and runs locally as written.")
        {
            directory, name, force,
        };
        command.SetAction(parse => Run(io, parse.GetValue(directory)!, parse.GetValue(name), parse.GetValue(force)));
        return command;
    }

    public static int Run(IOContext io, string directory, string? name, bool force)
    {
        var root = io.FullPath(directory);
        var pipelineName = name ?? SafeName(new DirectoryInfo(root).Name);
        if (!Regex.IsMatch(pipelineName, Schema.Model.PipelineDefinition.NamePattern))
        {
            io.Error.WriteLine($"novaforge: error: '{pipelineName}' is not a valid pipeline name (lowercase letters, digits and '-', at most 40 characters); pass --name.");
            return ExitCodes.Usage;
        }

        var files = new Dictionary<string, string>
        {
            [StarterPipeline.PipelineFile] = StarterPipeline.Pipeline(pipelineName),
            [StarterPipeline.SchemaFile] = PipelineSchema.Default.Text,
            [StarterPipeline.DataFile] = StarterPipeline.Data(),
        };
        var existing = files.Keys.Where(f => File.Exists(Path.Combine(root, f))).ToList();
        if (existing.Count > 0 && !force)
        {
            io.Error.WriteLine($"novaforge: error: {string.Join(", ", existing)} already exist{(existing.Count == 1 ? "s" : string.Empty)} in {root}; pass --force to overwrite.");
            return ExitCodes.Failure;
        }

        foreach (var (file, content) in files)
        {
            AtomicFile.WriteAllText(Path.Combine(root, file), content);
            io.Output.WriteLine($"wrote {Path.Combine(directory, file)}");
        }

        io.Output.WriteLine($"Next: novaforge validate {Path.Combine(directory, StarterPipeline.PipelineFile)}, then novaforge run {Path.Combine(directory, StarterPipeline.PipelineFile)}");
        return ExitCodes.Success;
    }

    private static string SafeName(string folder)
    {
        var cleaned = Unsafe().Replace(folder.ToLowerInvariant(), "-").Trim('-');
        return cleaned.Length == 0 ? "my-pipeline" : cleaned.Length > 40 ? cleaned[..40].TrimEnd('-') : cleaned;
    }

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex Unsafe();
}
