using System.Diagnostics;
using NovaForge.Runner.Cli;

namespace NovaForge.Runner.Tests.Reliability;

/// <summary>Runs the real novaforge program as a separate process, as a user (or a crash) would see it.</summary>
public sealed class NovaforgeProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private NovaforgeProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    public static NovaforgeProcess Start(string directory, params string[] arguments) =>
        Start(directory, new Dictionary<string, string>(), [], arguments);

    /// <param name="directory">The working directory.</param>
    /// <param name="environment">Variables added to the program's environment.</param>
    /// <param name="wrapper">A command the program runs under, with its options (e.g. strace), or none.</param>
    /// <param name="arguments">The novaforge command line.</param>
    public static NovaforgeProcess Start(string directory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> wrapper, params string[] arguments)
    {
        var start = new ProcessStartInfo(wrapper.Count > 0 ? wrapper[0] : "dotnet") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in wrapper.Skip(1).Concat(wrapper.Count > 0 ? ["dotnet"] : []))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(NovaForgeCli).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new NovaforgeProcess(Process.Start(start)!);
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed; the worst crash there is.</summary>
    public void KillHard() => process.Kill(entireProcessTree: false);

    public async Task<(int ExitCode, string Output, string Error)> WaitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
