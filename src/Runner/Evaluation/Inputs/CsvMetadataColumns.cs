using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.Evaluation.Segments;

namespace NovaForge.Runner.Evaluation.Inputs;

/// <summary>
/// A CSV file's metadata: every column whose name is not one a role may take (prediction, reference, the metadata column
/// itself, logprobs, per-example metrics) is a metadata field, as a <c>metadata</c> JSON object's fields are in JSONL, so a plain
/// <c>difficulty</c> column gives a per-difficulty table. A cell that is empty or longer than
/// <see cref="MetadataFields.MaxValueLength"/> (a prompt, a note: not a category) is left out. A <c>metadata</c> column
/// still counts: its JSON object's fields, or its short text as the field <c>metadata</c>, win over a plain column of
/// the same name.
/// </summary>
public sealed class CsvMetadataColumns
{
    private readonly string? metadataColumn;
    private readonly string[] plainColumns;

    public CsvMetadataColumns(IReadOnlyList<string> header, PredictionFields fields)
    {
        metadataColumn = header.Contains(fields.Metadata) ? fields.Metadata : null;

        // Every name a role may take is left out, not only the column chosen for it: a 'gold' column beside the
        // 'reference' one is a second answer, not a category.
        plainColumns = [.. header.Where(c => !fields.Prediction.Contains(c) && !fields.Reference.Contains(c) && c != fields.Metadata && c != fields.Metrics && !fields.Logprobs.Contains(c))];
    }

    /// <summary>The row's metadata as the scorer reads it: the metadata column as it is when there are no other columns, else one JSON object.</summary>
    public string? Of(Func<string, string?> cell)
    {
        var metadata = metadataColumn is null ? null : cell(metadataColumn);
        if (plainColumns.Length == 0)
        {
            return metadata;
        }

        var json = new JsonObject();
        foreach (var (name, value) in MetadataFields.Parse(metadata))
        {
            json[name] = value;
        }

        foreach (var column in plainColumns)
        {
            if (cell(column)?.Trim() is { Length: > 0 and <= MetadataFields.MaxValueLength } value && !json.ContainsKey(column))
            {
                json[column] = value;
            }
        }

        return json.Count == 0 ? null : json.ToJsonString(Options);
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
