using System.CommandLine;
using System.Text.Json.Nodes;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.Data.Sources;
using NovaForge.Schema.Loading;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge validate FILE...</c>: every problem in each pipeline, located, before anything runs.</summary>
public static class ValidateCommand
{
    public static Command Create(IOContext io)
    {
        var files = new Argument<string[]>("files") { Description = "Pipeline files to validate.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format();
        var set = CommonOptions.Set();
        var command = new Command("validate", "Check pipeline files against the schema and the Nova catalog: syntax, types, references, models, methods, instances, overrides and data columns. Exit code 0 when valid, 1 when not.")
        {
            files, format, set,
        };
        command.SetAction(parse => Run(io, parse.GetValue(files)!, parse.GetValue(format), parse.GetValue(set) ?? []));
        return command;
    }

    public static int Run(IOContext io, IReadOnlyList<string> files, OutputFormat format, IReadOnlyList<string> sets)
    {
        var options = new LoadOptions { Sets = sets, Environment = io.Environment, DataInspector = new DataSourceInspector() };
        var results = files.Select(file => PipelineLoader.Load(io.FullPath(file), options, displayPath: file)).ToList();
        if (format == OutputFormat.Json)
        {
            var report = new JsonArray([.. results.Select((r, i) => (JsonNode)new JsonObject
            {
                ["file"] = files[i],
                ["valid"] = !r.HasErrors,
                ["diagnostics"] = DiagnosticWriter.ToJson(r.Diagnostics),
            })]);
            io.Output.WriteLine(DiagnosticWriter.ToJsonText(report));
        }
        else
        {
            foreach (var result in results)
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    DiagnosticWriter.WriteText(io.Output, diagnostic, result.Source);
                }
            }

            var invalid = results.Count(r => r.HasErrors);
            var errors = results.Sum(r => r.Diagnostics.Count(d => d.IsError));
            var warnings = results.Sum(r => r.Diagnostics.Count(d => d.Severity == Schema.Diagnostics.DiagnosticSeverity.Warning));
            io.Output.WriteLine(invalid == 0
                ? $"{Plural(results.Count, "pipeline")} valid{(warnings > 0 ? $", {Plural(warnings, "warning")}" : string.Empty)}."
                : $"{Plural(invalid, "pipeline")} of {results.Count} invalid: {Plural(errors, "error")}, {Plural(warnings, "warning")}.");
        }

        return results.Any(r => r.HasErrors) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
