using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.MSBuild;

/// <summary>
/// Passes column look-ups through and remembers which data files were read, so the build can validate again when
/// one of them changes (a renamed column invalidates a pipeline that did not change).
/// </summary>
public sealed class RecordingDataInspector(IDataSourceInspector inner) : IDataSourceInspector
{
    private readonly SortedSet<string> files = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Files => files;

    public IReadOnlyList<string>? ReadColumns(string fullPath, DataFormat format, string delimiter, out string? problem)
    {
        files.Add(fullPath);
        return inner.ReadColumns(fullPath, format, delimiter, out problem);
    }
}
