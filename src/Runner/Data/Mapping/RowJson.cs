using System.Text.Encodings.Web;
using System.Text.Json;

namespace NovaForge.Runner.Data.Mapping;

/// <summary>
/// The one JSON writer setting every prepared row uses, so output bytes (and their hash) are deterministic:
/// compact, non-ASCII kept as UTF-8, only what JSON requires escaped.
/// </summary>
public static class RowJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };
}
