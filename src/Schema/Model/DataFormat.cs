using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NovaForge.Schema.Model;

/// <summary>The format of a dataset's source file.</summary>
public enum DataFormat
{
    [JsonStringEnumMemberName("csv"), Description("Comma-separated values (RFC 4180) with a header row.")]
    Csv,

    [JsonStringEnumMemberName("jsonl"), Description("One JSON object per line.")]
    Jsonl,

    [JsonStringEnumMemberName("parquet"), Description("Apache Parquet.")]
    Parquet,
}
