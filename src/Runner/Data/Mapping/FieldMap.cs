using NovaForge.Runner.Data.Records;
using NovaForge.Runner.Data.Sources;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Data.Mapping;

/// <summary>
/// Which source column feeds each row field, for one source file. A dataset without <c>columns</c> reads each field from
/// the column of its own name (query, response, system, ...), so files already in those names need no mapping; with
/// <c>columns</c>, only the fields it names are read. <c>reference_answer</c> defaults to the <c>response</c> column.
/// <c>metadata</c> is one column passed as is, or several packed into a JSON object.
/// </summary>
public sealed class FieldMap
{
    private readonly Dictionary<RowField, string> columns;

    private FieldMap(DataSourceFile source, Dictionary<RowField, string> columns, IReadOnlyList<string> metadata, IReadOnlyList<string> extra, string? systemPrompt, ISet<RowField> explicitFields, bool byName)
    {
        Source = source;
        ReadsByName = byName;
        this.columns = columns;
        MetadataColumns = metadata;
        ExtraColumns = extra;
        SystemPrompt = string.IsNullOrWhiteSpace(systemPrompt) ? null : systemPrompt;
        ExplicitFields = explicitFields;
    }

    public DataSourceFile Source { get; }

    /// <summary>Whether the dataset has no <c>columns</c>: fields are read from columns of their own names, and JSONL rows holding <c>messages</c> are conversations already.</summary>
    public bool ReadsByName { get; }

    /// <summary>Columns packed into metadata; one column is passed through as is.</summary>
    public IReadOnlyList<string> MetadataColumns { get; }

    /// <summary>Columns copied into RFT rows under their own names.</summary>
    public IReadOnlyList<string> ExtraColumns { get; }

    /// <summary>The system prompt for rows whose system column is empty, or for all rows when none is mapped.</summary>
    public string? SystemPrompt { get; }

    /// <summary>Fields the dataset maps explicitly (the rest fall back to same-named columns).</summary>
    public ISet<RowField> ExplicitFields { get; }

    /// <summary>Every column a row needs, so readers can skip the others.</summary>
    public IReadOnlyCollection<string> UsedColumns => [.. columns.Values.Concat(MetadataColumns).Concat(ExtraColumns).Distinct(StringComparer.Ordinal)];

    public static FieldMap Create(DataSourceFile source, ColumnMapping? mapping, string? systemPrompt)
    {
        if (mapping is null)
        {
            var identity = Enum.GetValues<RowField>().Where(f => f != RowField.Metadata).ToDictionary(f => f, f => f.Name());
            return new FieldMap(source, identity, [RowField.Metadata.Name()], [], systemPrompt, new HashSet<RowField>(), byName: true);
        }

        var mapped = new Dictionary<RowField, string?>
        {
            [RowField.Query] = mapping.Query,
            [RowField.Response] = mapping.Response,
            [RowField.System] = mapping.System,
            [RowField.ReferenceAnswer] = string.IsNullOrEmpty(mapping.ReferenceAnswer) ? mapping.Response : mapping.ReferenceAnswer,
            [RowField.Id] = mapping.Id,
            [RowField.Chosen] = mapping.Chosen,
            [RowField.Rejected] = mapping.Rejected,
            [RowField.Text] = mapping.Text,
        };
        var columns = mapped.Where(m => !string.IsNullOrEmpty(m.Value)).ToDictionary(m => m.Key, m => m.Value!);
        var metadata = mapping.Metadata?.Where(c => !string.IsNullOrEmpty(c)).ToList() ?? [];
        var explicitFields = new HashSet<RowField>(columns.Keys);
        if (metadata.Count > 0)
        {
            explicitFields.Add(RowField.Metadata);
        }

        return new FieldMap(source, columns, metadata, mapping.Extra ?? [], systemPrompt, explicitFields, byName: false);
    }

    /// <summary>The column feeding a field (for metadata, the first of its columns).</summary>
    public string ColumnOf(RowField field) => field == RowField.Metadata
        ? MetadataColumns.Count > 0 ? MetadataColumns[0] : field.Name()
        : columns.GetValueOrDefault(field, field.Name());

    /// <summary>Whether the map reads the field from some column.</summary>
    public bool Reads(RowField field) => field == RowField.Metadata ? MetadataColumns.Count > 0 : columns.ContainsKey(field);

    /// <summary>Explicitly mapped fields whose column the file's header lacks (none for JSONL, which has no header).</summary>
    public IEnumerable<(string Field, string Column)> MissingColumns(IRecordReader reader)
    {
        if (!reader.HasHeader)
        {
            yield break;
        }

        foreach (var field in ExplicitFields.Order())
        {
            var fieldColumns = field == RowField.Metadata ? MetadataColumns : [columns[field]];
            foreach (var column in fieldColumns.Where(c => reader.Columns.IndexOf(c) < 0))
            {
                yield return (field.Name(), column);
            }
        }

        foreach (var column in ExtraColumns.Where(c => reader.Columns.IndexOf(c) < 0))
        {
            yield return ("extra", column);
        }
    }

    /// <summary>A field's value in a row: missing when the field is not mapped or its column is absent from the row.</summary>
    public DataValue Value(DataRecord record, RowField field) => field switch
    {
        RowField.Metadata => MetadataColumns.Count > 0 ? record[MetadataColumns[0]] : DataValue.Missing,
        _ => columns.TryGetValue(field, out var column) ? record[column] : DataValue.Missing,
    };
}
