using System.Text.Json;
using NovaForge.Runner.Data.Mapping;

namespace NovaForge.Runner.Data.Formats;

/// <summary>The exact JSONL row a stage's job reads, and which fields it needs.</summary>
public interface IRowFormat
{
    /// <summary>The stage kind it serves, for messages ("sft", "eval (gen_qa)").</summary>
    string Name { get; }

    /// <summary>Fields every row must have, non-empty.</summary>
    IReadOnlyList<RowField> Required { get; }

    /// <summary>Fields a row may have; when one row has it, every row must (as the SDK's validators insist).</summary>
    IReadOnlyList<RowField> Optional { get; }

    /// <summary>Whether Converse training text must avoid the reserved role markers and special tokens.</summary>
    bool ForbidsReservedKeywords { get; }

    /// <summary>Writes one row; <paramref name="rowNumber"/> is its 1-based position in the output.</summary>
    void Write(Utf8JsonWriter writer, MappedRow row, long rowNumber);
}
