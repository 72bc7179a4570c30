using System.Text.Json;

namespace NovaForge.Runner.Data.Records;

/// <summary>
/// One field of a source row. <see cref="Text"/> is the string itself for strings, the JSON literal for numbers and
/// booleans, and the raw JSON for objects and arrays, so a value can be written back with its type intact.
/// </summary>
public readonly record struct DataValue(DataValueKind Kind, string Text)
{
    public static DataValue Missing { get; } = new(DataValueKind.Missing, string.Empty);

    public static DataValue Null { get; } = new(DataValueKind.Null, string.Empty);

    public static DataValue Of(string text) => new(DataValueKind.String, text);

    public bool HasValue => Kind is not (DataValueKind.Missing or DataValueKind.Null);

    /// <summary>Whether the value can stand for text: strings, and numbers and booleans by their literal.</summary>
    public bool IsTextLike => Kind is DataValueKind.String or DataValueKind.Number or DataValueKind.Boolean;

    public bool IsBlank => !HasValue || (IsTextLike && string.IsNullOrWhiteSpace(Text));

    /// <summary>A word for the kind, for messages ("object", "array", "number").</summary>
    public string KindName => Kind switch
    {
        DataValueKind.Json => Text.TrimStart().StartsWith('[') ? "array" : "object",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Writes the value with its own JSON type.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case DataValueKind.String:
                writer.WriteStringValue(Text);
                break;
            case DataValueKind.Number or DataValueKind.Boolean or DataValueKind.Json:
                writer.WriteRawValue(Text, skipInputValidation: true);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
