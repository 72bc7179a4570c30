using System.Diagnostics;

namespace NovaForge.Runner.Runtimes.Local;

/// <summary>
/// Starts <c>novaforge __worker FOLDER</c> as a detached process: its own session (setsid), so Ctrl-C in the
/// runner's terminal does not reach it and it survives the runner; output goes to the job's worker.out.
/// </summary>
public sealed class ProcessWorkerLauncher : IWorkerLauncher
{
    public void Launch(LocalJobFiles job)
    {
        var (host, arguments) = SelfCommand();
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = job.Directory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("out=\"$1\"; shift; if command -v setsid >/dev/null 2>&1; then exec setsid \"$@\" </dev/null >>\"$out\" 2>&1 & else \"$@\" </dev/null >>\"$out\" 2>&1 & fi");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(job.WorkerOutput);
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("__worker");
        start.ArgumentList.Add(job.Directory);
        using var shell = Process.Start(start) ?? throw new InvalidOperationException("cannot start /bin/sh");
        shell.WaitForExit();
    }

    /// <summary>How to start this program again: the apphost, or the dotnet host with this assembly (also under a test host).</summary>
    private static (string Host, IReadOnlyList<string> Arguments) SelfCommand()
    {
        var assembly = typeof(ProcessWorkerLauncher).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, "novaforge");
        if (File.Exists(apphost))
        {
            return (apphost, []);
        }

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
        {
            dotnet = Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        }

        return (dotnet, ["exec", assembly]);
    }
}
