using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NovaForge.Runner.Cli.MetricsDiff;
using NovaForge.Runner.Cli.Output;
using NovaForge.Runner.State;
using Spectre.Console;

namespace NovaForge.Runner.Cli.Commands;

/// <summary>
/// <c>novaforge metrics diff</c>: the stages' metrics in two state files, or in two git revisions of one (as
/// <c>dvc metrics diff</c>): old, new and the change; only what changed unless --all.
/// </summary>
public static class MetricsDiffCommand
{
    public static Command Create(IOContext io)
    {
        var target = new Argument<string>("target") { Description = "A pipeline file (its state file is compared across git revisions) or a state file." };
        var other = new Argument<string?>("other") { Description = "A second state file to compare the first with.", Arity = ArgumentArity.ZeroOrOne };
        var revisions = new Option<string[]>("--rev") { Description = "Git revisions to compare (one: it against the workspace; none: HEAD against the workspace).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "List unchanged metrics too." };
        var format = CommonOptions.Format();
        var command = new Command("diff", "Compare the stages' metrics between two state files, or two git revisions of one.")
        {
            target, other, revisions, all, format,
        };
        command.SetAction(parse => Run(io, parse.GetValue(target)!, parse.GetValue(other), parse.GetValue(revisions) ?? [], parse.GetValue(all), parse.GetValue(format)));
        return command;
    }

    public static int Run(IOContext io, string target, string? other, IReadOnlyList<string> revisions, bool all, OutputFormat format)
    {
        var path = io.FullPath(target);
        if (Path.GetExtension(path) is ".yaml" or ".yml")
        {
            path = StateFile.For(path).Path;
        }

        if (revisions.Count > 2 || (other is not null && revisions.Count > 0))
        {
            io.Error.WriteLine("novaforge: error: compare two state files, or at most two --rev revisions of one.");
            return ExitCodes.Usage;
        }

        var (a, b) = other is not null
            ? (StateSource.File(path, target), StateSource.File(io.FullPath(other), other))
            : (StateSource.AtRevision(path, revisions.Count > 0 ? revisions[0] : "HEAD"), revisions.Count > 1 ? StateSource.AtRevision(path, revisions[1]) : StateSource.Workspace(path));
        var (old, oldProblem) = a.Read();
        var (current, newProblem) = b.Read();
        if (old is null || current is null)
        {
            io.Error.WriteLine($"novaforge: error: {oldProblem ?? newProblem}");
            return ExitCodes.Failure;
        }

        var changes = Changes(old, current).Where(c => all || c.Changed).ToList();
        if (format == OutputFormat.Json)
        {
            io.Output.WriteLine(DiagnosticWriter.ToJsonText(new JsonObject
            {
                ["old"] = a.Label,
                ["new"] = b.Label,
                ["metrics"] = new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject { ["stage"] = c.Stage, ["metric"] = c.Metric, ["old"] = c.Old, ["new"] = c.New, ["change"] = c.Delta })]),
            }));
            return ExitCodes.Success;
        }

        if (changes.Count == 0)
        {
            io.Output.WriteLine($"No metric changed between {a.Label} and {b.Label}.");
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Stage", "Metric", a.Label, b.Label, "Change");
        foreach (var change in changes)
        {
            table.AddRow(Markup.Escape(change.Stage), Markup.Escape(change.Metric), Number(change.Old), Number(change.New), change.Delta is { } d ? d.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture) : "-");
        }

        Consoles.For(io).Write(table);
        return ExitCodes.Success;
    }

    private static IEnumerable<MetricChange> Changes(PipelineState old, PipelineState current)
    {
        foreach (var stage in old.Stages.Keys.Union(current.Stages.Keys).Order(StringComparer.Ordinal))
        {
            var before = old.Stages.GetValueOrDefault(stage)?.Outputs?.Metrics ?? new Dictionary<string, double>();
            var after = current.Stages.GetValueOrDefault(stage)?.Outputs?.Metrics ?? new Dictionary<string, double>();
            foreach (var metric in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
            {
                yield return new MetricChange(stage, metric, before.TryGetValue(metric, out var x) ? x : null, after.TryGetValue(metric, out var y) ? y : null);
            }
        }
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-";
}
