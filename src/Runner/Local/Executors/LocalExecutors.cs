using NovaForge.Runner.Runtimes.Local;

namespace NovaForge.Runner.Local.Executors;

/// <summary>The executors of every job kind the local runtime runs: the list the worker process picks from.</summary>
public static class LocalExecutors
{
    public static IReadOnlyList<ILocalJobExecutor> All { get; } =
    [
        new SftExecutor(),
        new DpoExecutor(),
        new RftExecutor(),
        new CptExecutor(),
        new EvalExecutor(),
        new DeployExecutor(),
    ];
}
