using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Sources;

/// <summary>A data file to read: where it is, how to show it in messages, its format and (for CSV) its delimiter.</summary>
public sealed record DataSourceFile(string FullPath, string DisplayPath, DataFormat Format, string Delimiter = ",");
