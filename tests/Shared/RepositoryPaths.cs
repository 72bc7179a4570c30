namespace NovaForge.Tests.Support;

/// <summary>Where the repository and the shared reference data are, from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared reference folder (../shared beside the clone), or null when this machine has none.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Environment.GetEnvironmentVariable("NOVAFORGE_SHARED") ?? Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "reference")) ? candidate : null;
        }
    }

    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NovaForge.Runner.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("cannot find NovaForge.Runner.sln above " + AppContext.BaseDirectory);
    }
}
