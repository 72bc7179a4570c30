using NovaForge.Schema.Model;

namespace NovaForge.Schema.Loading;

/// <summary>
/// Reads just enough of a dataset's source file (its column names) for validation to check the column mapping,
/// without reading the data. The runner supplies an implementation that knows CSV, JSONL and Parquet.
/// </summary>
public interface IDataSourceInspector
{
    /// <summary>The column names of the file, or null with a diagnostic in <paramref name="problem"/> when it cannot be read.</summary>
    IReadOnlyList<string>? ReadColumns(string fullPath, DataFormat format, string delimiter, out string? problem);
}
