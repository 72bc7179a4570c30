using Spectre.Console;

namespace NovaForge.Runner.Cli.Output;

/// <summary>Spectre consoles that write to the command's output writer: colour and live views only for a person at a terminal.</summary>
public static class Consoles
{
    public static IAnsiConsole For(IOContext io)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Output),
            Ansi = io.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!io.IsInteractive)
        {
            // Redirected output has no terminal width; don't wrap tables at 80 columns in logs and files.
            console.Profile.Width = 200;
        }

        return console;
    }
}
