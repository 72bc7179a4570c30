using NovaForge.Runner.Cli;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C asks the command to wind down (a run detaches from its jobs); a second one ends the process.
    if (!interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

return await NovaForgeCli.RunAsync(args, IOContext.FromConsole(interrupt.Token));
