using System.CommandLine;
using NovaForge.Runner.Local.Executors;
using NovaForge.Runner.Runtimes.Local;

namespace NovaForge.Runner.Cli.Commands;

/// <summary><c>novaforge __worker FOLDER</c>: the detached process that runs one local job (started by the local runtime, not by people).</summary>
public static class WorkerCommand
{
    public static Command Create(IOContext io)
    {
        var folder = new Argument<string>("job-folder") { Description = "The job's folder under the local store." };
        var command = new Command("__worker", "Run one local job (internal).") { folder };
        command.Hidden = true;
        command.SetAction((parse, cancellation) => new LocalJobWorker(LocalExecutors.All, TimeProvider.System).RunAsync(io.FullPath(parse.GetValue(folder)!), cancellation));
        return command;
    }
}
