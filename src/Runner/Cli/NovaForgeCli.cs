using System.CommandLine;
using System.CommandLine.Parsing;
using NovaForge.Runner.Cli.Commands;
using NovaForge.Runner.Cli.Output;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;

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
        if (PipelineCommands.Contains(parse.CommandResult.Command.Name))
        {
            PipelineLoader.Warm();
        }

        // Unexpected failures are reported below, without a stack trace, instead of by the library's handler.
        var configuration = new InvocationConfiguration { Output = io.Output, Error = io.Error, EnableDefaultExceptionHandler = false };
        var errors = parse.Errors.Select(e => e.Message).Concat(OptionLikeArguments(parse).Select(UnknownOption)).ToList();
        if (errors.Count > 0 && !IsHelpRequest(parse))
        {
            foreach (var error in errors)
            {
                await io.Error.WriteLineAsync($"novaforge: error: {error}");
            }

            await io.Error.WriteLineAsync($"Run 'novaforge {string.Join(' ', CommandPath(parse))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(configuration, io.Cancellation);
        }
        catch (OperationCanceledException) when (io.Cancellation.IsCancellationRequested)
        {
            await io.Error.WriteLineAsync("novaforge: interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception exception) when (CauseOf(exception) is IOException or UnauthorizedAccessException)
        {
            // The file system refused (a folder that is a file, no permission, a full disk): the user's to fix, not a bug.
            DiagnosticWriter.WriteText(io.Error, DiagnosticFactory.FileSystemRefused(CauseOf(exception).Message), null);
            return ExitCodes.Failure;
        }
        catch (Exception exception)
        {
            // A bug, not a user error: say so in one line (the trace only on request), never dump it on the user.
            var cause = CauseOf(exception);
            await io.Error.WriteLineAsync($"novaforge: internal error: {cause.GetType().Name}: {cause.Message}");
            await io.Error.WriteLineAsync(io.Environment("NOVAFORGE_DEBUG") is null
                ? "This is a bug in novaforge. Run again with NOVAFORGE_DEBUG=1 for details, and report it with the command you ran."
                : exception.ToString());
            return ExitCodes.InternalError;
        }
    }

    private static Exception CauseOf(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;

    /// <summary>
    /// Words given to a command's arguments that look like options ('--frmat', '-x'): almost always a mistyped option,
    /// which the parser would otherwise take for a file name. After '--' anything is an argument; './-x' names a file;
    /// a text with spaces ("-urgent- printer broken" for invoke) is no option.
    /// </summary>
    private static IEnumerable<string> OptionLikeArguments(ParseResult parse)
    {
        var doubleDash = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var literal = doubleDash < 0 ? [] : parse.Tokens.Skip(doubleDash + 1).ToHashSet();
        return parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => t.Value.Length > 1 && t.Value[0] == '-' && !t.Value.Any(char.IsWhiteSpace) && !literal.Contains(t))
            .Select(t => t.Value);
    }

    private static string UnknownOption(string word) =>
        $"unknown option '{word}' (an argument that begins with '-' is taken for an option; write './{word}' for such a file, or put it after '--')";

    /// <summary>Commands that load a pipeline (and so the schema and the catalog).</summary>
    private static readonly HashSet<string> PipelineCommands = ["validate", "recipe", "prepare", "plan", "run", "status", "logs", "report", "test", "invoke", "serve"];

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
        RewardCommand.Create(io),
        InvokeCommand.Create(io),
        ServeCommand.Create(io),
        WorkerCommand.Create(io),
    ];
}
