using System.CommandLine;
using NovaForge.Runner.Planning;

namespace NovaForge.Runner.Cli;

/// <summary>--only, --from, --to and --force, shared by <c>run</c> and <c>plan</c>.</summary>
public sealed class StageSelectionOptions
{
    private readonly Option<string[]> only = new("--only") { Description = "Only these stages (repeatable). The stages they depend on are not run for them: each must be up to date, else the selected stage is blocked (nothing is submitted; 'plan' shows why).", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> from = new("--from") { Description = "This stage and every stage after it in run order. Stages before it are not run: a selected stage whose upstream is not up to date is blocked." };
    private readonly Option<string?> to = new("--to") { Description = "Every stage up to and including this one." };
    private readonly Option<bool> force = new("--force", "-f") { Description = "Rerun the selected stages even when they are up to date." };

    public void AddTo(Command command)
    {
        command.Options.Add(only);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(force);
    }

    public PlanOptions Read(ParseResult parse) => new()
    {
        Only = parse.GetValue(only) ?? [],
        From = parse.GetValue(from),
        To = parse.GetValue(to),
        Force = parse.GetValue(force),
    };
}
