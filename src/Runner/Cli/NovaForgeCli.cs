using System.CommandLine;
using System.CommandLine.Parsing;
using NovaForge.Runner.Cli.Commands;

namespace NovaForge.Runner.Cli;

/// <summary>Builds the <c>novaforge</c> command tree and runs it against an <see cref="IOContext"/>.</summary>
public static class NovaForgeCli
{
    public static async Task<int> RunAsync(string[] args, IOContext io)
    {
        var root = new RootCommand("NovaForge: declarative, resumable pipelines for customizing Amazon Nova models.\nValidate a pipeline, plan it, and run its stages on SageMaker AI or locally.");
        foreach (var command in Commands(io))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = io.Output, Error = io.Error };
        if (parse.Errors.Count > 0 && !IsHelpRequest(parse))
        {
            foreach (var error in parse.Errors)
            {
                await io.Error.WriteLineAsync($"novaforge: error: {error.Message}");
            }

            await io.Error.WriteLineAsync($"Run 'novaforge {string.Join(' ', CommandPath(parse))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(configuration, io.Cancellation);
    }

    private static bool IsHelpRequest(ParseResult parse) =>
        parse.Tokens.Any(t => t.Value is "--help" or "-h" or "-?");

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null && result.Parent is CommandResult; result = (CommandResult)result.Parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }

    private static IEnumerable<Command> Commands(IOContext io) =>
    [
        ValidateCommand.Create(io),
        SchemaCommand.Create(io),
        InitCommand.Create(io),
        RecipeCommand.Create(io),
        PrepareCommand.Create(io),
        PlanCommand.Create(io),
        RunCommand.Create(io),
        StatusCommand.Create(io),
        LogsCommand.Create(io),
        ReportCommand.Create(io),
        MetricsCommand.Create(io),
        WorkerCommand.Create(io),
    ];
}
