using NovaForge.Schema.Catalog;

namespace NovaForge.Schema.Loading;

/// <summary>How to load a pipeline: command-line overrides, the environment for <c>${{ env.X }}</c>, and the catalog.</summary>
public sealed record LoadOptions
{
    /// <summary><c>--set PATH=VALUE</c> arguments, applied in order before anything else reads the file.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public NovaCatalog Catalog { get; init; } = NovaCatalog.Default;

    /// <summary>Whether semantic checks look at files the pipeline names (data sources and their columns, function files).</summary>
    public bool CheckFiles { get; init; } = true;

    /// <summary>Reads the column names of dataset files; null skips the column check (files are still checked to exist).</summary>
    public IDataSourceInspector? DataInspector { get; init; }
}
