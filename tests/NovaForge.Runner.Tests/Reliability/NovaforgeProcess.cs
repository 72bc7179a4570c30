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

    public static NovaforgeProcess Start(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(NovaForgeCli).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
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
