namespace NovaForge.Runner.Runtimes.Local;

/// <summary>Starts the worker process of a local job; starting a second worker for a job is harmless (the first holds its lock).</summary>
public interface IWorkerLauncher
{
    void Launch(LocalJobFiles job);
}
