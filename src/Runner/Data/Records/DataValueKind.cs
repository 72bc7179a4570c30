namespace NovaForge.Runner.Data.Records;

/// <summary>What a source field holds. CSV fields are always <see cref="String"/>; JSONL and Parquet keep their types.</summary>
public enum DataValueKind
{
    /// <summary>The column is absent from this row (a JSONL line without the key).</summary>
    Missing,
    Null,
    String,
    Number,
    Boolean,

    /// <summary>A JSON object or array, kept as its JSON text.</summary>
    Json,
}
