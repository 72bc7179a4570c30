using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Tests.Support;

/// <summary>A test inspector reading a CSV's first line, so column checks run in these tests without the runner.</summary>
public sealed class HeaderOnlyCsvInspector : IDataSourceInspector
{
    public IReadOnlyList<string>? ReadColumns(string fullPath, DataFormat format, string delimiter, out string? problem)
    {
        problem = null;
        return File.ReadLines(fullPath).First().Split(delimiter);
    }
}
