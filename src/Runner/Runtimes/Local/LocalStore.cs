namespace NovaForge.Runner.Runtimes.Local;

/// <summary>
/// The local runtime's folder (<c>.novaforge</c> beside the pipeline unless runtime.storage names another):
/// jobs/ (one folder per job), prepared/ (content-addressed JSONL), endpoints/, cache/.
/// </summary>
public sealed class LocalStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Jobs => Path.Combine(Root, "jobs");

    public string Prepared => Path.Combine(Root, "prepared");

    public string Endpoints => Path.Combine(Root, "endpoints");

    public string Cache => Path.Combine(Root, "cache");

    public string JobDirectory(string jobName) => Path.Combine(Jobs, jobName);

    /// <summary>Where a completed job's outputs are (checkpoints are folders under it).</summary>
    public string OutputDirectory(string jobName) => Path.Combine(JobDirectory(jobName), "output");

    public string EndpointFile(string endpointName) => Path.Combine(Endpoints, endpointName + ".json");
}
