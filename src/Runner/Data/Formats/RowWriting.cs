using System.Text.Json;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Records;

namespace NovaForge.Runner.Data.Formats;

/// <summary>Pieces several row formats share: text values, Converse system blocks and text turns.</summary>
internal static class RowWriting
{
    public const string ConverseSchemaVersion = "bedrock-conversation-2024";
    public const string ToolConfigKey = "toolConfig";

    /// <summary>Text fields are written as JSON strings whatever their source type (a number becomes its literal).</summary>
    public static void WriteText(this Utf8JsonWriter writer, string name, DataValue value) => writer.WriteString(name, value.Text);

    /// <summary><c>"schemaVersion"</c> and, when the row has one, <c>"system":[{"text":S}]</c>.</summary>
    public static void WriteConverseHeader(this Utf8JsonWriter writer, MappedRow row)
    {
        writer.WriteString("schemaVersion", ConverseSchemaVersion);
        var system = row[RowField.System];
        if (!system.IsBlank)
        {
            writer.WriteStartArray("system");
            writer.WriteTextBlock(system);
            writer.WriteEndArray();
        }
    }

    /// <summary>A row that arrived as a Converse conversation, passed on: schemaVersion, then its system, toolConfig and messages as they were.</summary>
    public static void WriteConverseAsIs(this Utf8JsonWriter writer, MappedRow row)
    {
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", ConverseSchemaVersion);
        foreach (var key in (ReadOnlySpan<string>)["system", ToolConfigKey])
        {
            var value = row.Record[key];
            if (value.HasValue)
            {
                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }
        }

        writer.WritePropertyName(MappedRow.MessagesKey);
        row.Record[MappedRow.MessagesKey].WriteTo(writer);
        writer.WriteEndObject();
    }

    /// <summary><c>{"role":R,"content":[{"text":T}]}</c>.</summary>
    public static void WriteConverseTurn(this Utf8JsonWriter writer, string role, DataValue text)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteContent(text);
        writer.WriteEndObject();
    }

    /// <summary><c>"content":[{"text":T}]</c>.</summary>
    public static void WriteContent(this Utf8JsonWriter writer, DataValue text)
    {
        writer.WriteStartArray("content");
        writer.WriteTextBlock(text);
        writer.WriteEndArray();
    }

    private static void WriteTextBlock(this Utf8JsonWriter writer, DataValue text)
    {
        writer.WriteStartObject();
        writer.WriteText("text", text);
        writer.WriteEndObject();
    }
}
