using System.Buffers;
using System.Text;
using System.Text.Json;
using NovaForge.Runner.Data.Records;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Mapping;

/// <summary>A source row seen through its dataset's <see cref="FieldMap"/>: row fields by name, and where the row came from.</summary>
public readonly record struct MappedRow(DataRecord Record, FieldMap Map)
{
    public const string MessagesKey = "messages";

    public SourcePosition Position => new(Map.Source.DisplayPath, Record.Row, Record.Line);

    /// <summary>A row that is a conversation already (JSONL with a <c>messages</c> array and no <c>columns</c> mapping): checked and passed on as it is.</summary>
    public bool IsConversation => Map.ReadsByName && Record[MessagesKey].Kind == DataValueKind.Json;

    public DataValue this[RowField field] => field switch
    {
        RowField.System => SystemValue(),
        RowField.Metadata when Map.MetadataColumns.Count > 1 => PackedMetadata(),
        _ => Map.Value(Record, field),
    };

    /// <summary>The source column feeding a field, for messages.</summary>
    public string ColumnOf(RowField field) => Map.ColumnOf(field);

    /// <summary>Where a field's value starts in its file (see <see cref="DataRecord.Locate"/>), worked out only when there is a problem to report.</summary>
    public SourceSpan Locate(RowField field)
    {
        var (line, column) = Record.Locate(Record.Columns.IndexOf(Map.ColumnOf(field)));
        return Position.At(line, column);
    }

    private DataValue SystemValue()
    {
        var value = Map.Value(Record, RowField.System);
        return value.IsBlank && Map.SystemPrompt is { } prompt ? DataValue.Of(prompt) : value;
    }

    /// <summary>Several metadata columns become one JSON object string, each value with its own type; absent columns are left out.</summary>
    private DataValue PackedMetadata()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, RowJson.WriterOptions))
        {
            writer.WriteStartObject();
            var any = false;
            foreach (var column in Map.MetadataColumns)
            {
                var value = Record[column];
                if (value.Kind != DataValueKind.Missing)
                {
                    any = true;
                    writer.WritePropertyName(column);
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
            if (!any)
            {
                return DataValue.Missing;
            }
        }

        return DataValue.Of(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
