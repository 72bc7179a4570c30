using NovaForge.Runner.Cli;

return await NovaForgeCli.RunAsync(args, IOContext.FromConsole());
