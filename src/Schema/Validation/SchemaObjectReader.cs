using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace NovaForge.Schema.Validation;

/// <summary>
/// Builds NJsonSchema's object model straight from the JSON of the schema the generator writes, for the validator.
/// <c>JsonSchema.FromJsonAsync</c> gives the same objects (a test compares the two), but it deserializes through
/// Newtonsoft.Json's reflection and then walks the whole graph by reflection to resolve references: about 0.2 s of
/// every short command's start-up, for a schema this program wrote itself. Only the keywords the generator emits are
/// read; any other one is an error, so the generator cannot outgrow this reader unnoticed.
/// </summary>
internal static class SchemaObjectReader
{
    private const string DefinitionsPrefix = "#/definitions/";

    public static JsonSchema Read(JsonObject document)
    {
        var root = new JsonSchema();
        var references = new List<(JsonSchema Schema, string Name)>();
        Fill(root, document, references);
        foreach (var (schema, name) in references)
        {
            schema.Reference = root.Definitions.TryGetValue(name, out var target)
                ? target
                : throw new InvalidDataException($"the schema refers to '{DefinitionsPrefix}{name}', which it does not define");
        }

        return root;
    }

    private static T Read<T>(JsonNode? node, List<(JsonSchema, string)> references)
        where T : JsonSchema, new()
    {
        var schema = new T();
        Fill(schema, node as JsonObject ?? throw new InvalidDataException($"expected a schema object, found {node?.ToJsonString() ?? "null"}"), references);
        return schema;
    }

    private static void Fill(JsonSchema schema, JsonObject json, List<(JsonSchema, string)> references)
    {
        foreach (var (key, value) in json)
        {
            switch (key)
            {
                case "$schema":
                    schema.SchemaVersion = value!.GetValue<string>();
                    break;
                case "$ref":
                    var reference = value!.GetValue<string>();
                    references.Add((schema, reference.StartsWith(DefinitionsPrefix, StringComparison.Ordinal)
                        ? reference[DefinitionsPrefix.Length..]
                        : throw new InvalidDataException($"unsupported reference '{reference}'")));
                    break;
                case "title":
                    schema.Title = value!.GetValue<string>();
                    break;
                case "description":
                    schema.Description = value!.GetValue<string>();
                    break;
                case "default":
                    schema.Default = Value(value);
                    break;
                case "type":
                    schema.Type = value is JsonArray types ? types.Aggregate(JsonObjectType.None, (all, t) => all | Type(t)) : Type(value);
                    break;
                case "definitions":
                    foreach (var (name, definition) in value!.AsObject())
                    {
                        schema.Definitions[name] = Read<JsonSchema>(definition, references);
                    }

                    break;
                case "properties":
                    foreach (var (name, property) in value!.AsObject())
                    {
                        schema.Properties[name] = Read<JsonSchemaProperty>(property, references);
                    }

                    break;
                case "required":
                    foreach (var name in value!.AsArray())
                    {
                        schema.RequiredProperties.Add(name!.GetValue<string>());
                    }

                    break;
                case "additionalProperties" when value is JsonValue allowed:
                    schema.AllowAdditionalProperties = allowed.GetValue<bool>();
                    break;
                case "additionalProperties":
                    schema.AdditionalPropertiesSchema = Read<JsonSchema>(value, references);
                    break;
                case "items":
                    schema.Item = Read<JsonSchema>(value, references);
                    break;
                case "anyOf":
                    Add(schema.AnyOf, value, references);
                    break;
                case "oneOf":
                    Add(schema.OneOf, value, references);
                    break;
                case "allOf":
                    Add(schema.AllOf, value, references);
                    break;
                case "not":
                    schema.Not = Read<JsonSchema>(value, references);
                    break;
                case "enum":
                    foreach (var item in value!.AsArray())
                    {
                        schema.Enumeration.Add(Value(item));
                    }

                    break;
                case "minimum":
                    schema.Minimum = value!.GetValue<decimal>();
                    break;
                case "maximum":
                    schema.Maximum = value!.GetValue<decimal>();
                    break;
                case "pattern":
                    schema.Pattern = value!.GetValue<string>();
                    break;
                case "$id" or "const" or "if" or "then" or "patternErrorMessage":
                    // Not validation keywords for NJsonSchema: kept as extension data, as FromJsonAsync keeps them.
                    schema.ExtensionData ??= new Dictionary<string, object?>();
                    schema.ExtensionData[key] = Extension(value, references);
                    break;
                default:
                    throw new InvalidDataException($"the schema uses '{key}', which {nameof(SchemaObjectReader)} does not read");
            }
        }
    }

    private static void Add(ICollection<JsonSchema> schemas, JsonNode? value, List<(JsonSchema, string)> references)
    {
        foreach (var item in value!.AsArray())
        {
            schemas.Add(Read<JsonSchema>(item, references));
        }
    }

    private static JsonObjectType Type(JsonNode? name) => name!.GetValue<string>() switch
    {
        "string" => JsonObjectType.String,
        "number" => JsonObjectType.Number,
        "integer" => JsonObjectType.Integer,
        "boolean" => JsonObjectType.Boolean,
        "object" => JsonObjectType.Object,
        "array" => JsonObjectType.Array,
        "null" => JsonObjectType.Null,
        var other => throw new InvalidDataException($"unknown schema type '{other}'"),
    };

    /// <summary>Extension data as NJsonSchema keeps it: objects as schemas (an 'if' is one) but references ('then') as plain maps.</summary>
    private static object? Extension(JsonNode? node, List<(JsonSchema, string)> references) => node switch
    {
        JsonObject reference when reference.ContainsKey("$ref") => reference.ToDictionary(p => p.Key, p => Value(p.Value)),
        JsonObject => Read<JsonSchema>(node, references),
        _ => Value(node),
    };

    /// <summary>A JSON value as Newtonsoft.Json reads one into an <c>object</c>: strings, longs, doubles, booleans, null. The generator writes no other kind of default, enum value or extension.</summary>
    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.TryGetValue<long>(out var integer) ? (object)integer : value.GetValue<double>(),
        _ => throw new InvalidDataException($"the schema has the value {node.ToJsonString()}, which {nameof(SchemaObjectReader)} does not read"),
    };
}
