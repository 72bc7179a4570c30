using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;
using NovaForge.Schema.Serialization;

namespace NovaForge.Schema.SchemaGeneration;

/// <summary>
/// Generates <c>schemas/pipeline.schema.json</c> from the C# model (names through the same serializer options that
/// bind it, descriptions and constraints from attributes) and from the catalog (models, instance types, tasks,
/// and per stage kind the recipe parameters). Generated, never hand-edited, so model and schema cannot drift.
/// </summary>
public sealed class PipelineSchemaGenerator
{
    public const string SchemaId = "https://novaforge.dev/schemas/pipeline.schema.json";
    private const string ExpressionDefinition = "expression";

    private readonly NovaCatalog catalog;
    private readonly JsonObject definitions = [];

    public PipelineSchemaGenerator(NovaCatalog catalog) => this.catalog = catalog;

    public static string GenerateText(NovaCatalog catalog) =>
        WithoutNulls(new PipelineSchemaGenerator(catalog).Generate()).ToJsonString(NovaJson.Indented) + "\n";

    /// <summary>Drops keys whose value is null: JSON Schema has no "absent" null, and validators reject e.g. "properties": null.</summary>
    private static JsonNode WithoutNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, value) in obj)
                {
                    WithoutNulls(value!);
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    WithoutNulls(item);
                }

                break;
        }

        return node;
    }

    public JsonObject Generate()
    {
        definitions[ExpressionDefinition] = new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = @"\$\{\{\s*(vars|env)\.[A-Za-z_][A-Za-z0-9_]*\s*\}\}",
            ["description"] = "An expression resolved before validation: ${{ vars.NAME }} or ${{ env.NAME }}.",
        };
        var root = ObjectSchema(typeof(PipelineDefinition));
        root.Remove("title");
        var document = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = SchemaId,
            ["title"] = "NovaForge pipeline",
        };
        foreach (var (key, value) in root.ToList())
        {
            root.Remove(key);
            document[key] = value;
        }

        AddStageKindRules();
        document["definitions"] = SortedCopy(definitions);
        return document;
    }

    private static JsonObject SortedCopy(JsonObject source)
    {
        var sorted = new JsonObject();
        foreach (var key in source.Select(p => p.Key).Order(StringComparer.Ordinal).ToList())
        {
            var value = source[key];
            source.Remove(key);
            sorted[key] = value;
        }

        return sorted;
    }

    private JsonObject ObjectSchema(Type type)
    {
        var info = NovaJson.Options.GetTypeInfo(type);
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in info.Properties)
        {
            var member = (PropertyInfo)property.AttributeProvider!;
            properties[property.Name] = PropertySchema(property, member);
            if (member.GetCustomAttribute<SchemaRequiredAttribute>() is not null)
            {
                required.Add(property.Name);
            }
        }

        var schema = new JsonObject
        {
            ["title"] = type.Name,
            ["type"] = "object",
            ["description"] = type.GetCustomAttribute<DescriptionAttribute>()?.Description,
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        if (type.GetCustomAttribute<SchemaExactlyOneAttribute>() is { } exactlyOne)
        {
            schema["oneOf"] = new JsonArray([.. exactlyOne.Properties.Select(p => (JsonNode)new JsonObject { ["required"] = new JsonArray(p) })]);
        }

        return schema;
    }

    private JsonObject PropertySchema(JsonPropertyInfo property, PropertyInfo member)
    {
        var schema = ValueSchema(property.PropertyType, member);
        if (member.GetCustomAttribute<CatalogValuesAttribute>() is { } catalogValues)
        {
            var (values, descriptions) = CatalogValues(catalogValues.List);
            schema["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
            schema["enumDescriptions"] = new JsonArray([.. descriptions.Select(d => (JsonNode)d)]);
        }

        if (member.GetCustomAttribute<SchemaPatternAttribute>() is { } pattern)
        {
            if (TypeOf(schema) == "array")
            {
                schema["items"]!["pattern"] = pattern.Pattern;
                schema["items"]!["patternErrorMessage"] = $"Expected {pattern.What}.";
            }
            else
            {
                schema["pattern"] = pattern.Pattern;
                schema["patternErrorMessage"] = $"Expected {pattern.What}.";
            }
        }

        if (member.GetCustomAttribute<SchemaRangeAttribute>() is { } range)
        {
            schema["minimum"] = Number(range.Minimum);
            schema["maximum"] = Number(range.Maximum);
        }

        var result = AcceptsExpressions(schema) ? new JsonObject { ["anyOf"] = new JsonArray(schema, Reference(ExpressionDefinition)) } : schema;
        result["description"] = member.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (member.GetCustomAttribute<SchemaDefaultAttribute>() is { } defaultValue)
        {
            result["default"] = JsonValue.Create(defaultValue.Value);
        }

        if (member.GetCustomAttribute<SchemaExamplesAttribute>() is { } examples)
        {
            result["examples"] = new JsonArray([.. examples.Values.Select(Example)]);
        }

        return result;
    }

    private static JsonNode? Example(object value) =>
        value is string text && (text.StartsWith('{') || text.StartsWith('[')) ? JsonNode.Parse(text) : JsonValue.Create(value);

    private static bool AcceptsExpressions(JsonObject schema)
    {
        var type = TypeOf(schema);
        return type is "integer" or "number" or "boolean" || (type == "string" && (schema.ContainsKey("enum") || schema.ContainsKey("pattern")));
    }

    private static string? TypeOf(JsonObject schema) => schema["type"] is JsonValue value ? value.GetValue<string>() : null;

    private JsonObject ValueSchema(Type type, PropertyInfo member)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (member.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(StringOrListConverter))
        {
            return new JsonObject
            {
                ["type"] = new JsonArray("string", "array"),
                ["items"] = new JsonObject { ["type"] = "string" },
            };
        }

        if (member.GetCustomAttribute<OverridesMapAttribute>() is { } overrides)
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = overrides.Group is null
                    ? new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "null") }
                    : false,
                ["properties"] = overrides.Group is null ? null : ParameterProperties(catalog.Recipes.Select(r => catalog.ParametersOf(r)).SelectMany(p => p).Where(p => p.Value.Group == overrides.Group)),
            };
        }

        return underlying switch
        {
            _ when underlying == typeof(string) => new JsonObject { ["type"] = "string" },
            _ when underlying == typeof(int) || underlying == typeof(long) => new JsonObject { ["type"] = "integer" },
            _ when underlying == typeof(double) => new JsonObject { ["type"] = "number" },
            _ when underlying == typeof(bool) => new JsonObject { ["type"] = "boolean" },
            _ when underlying == typeof(JsonElement) => new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") },
            { IsEnum: true } => EnumSchema(underlying),
            { IsGenericType: true } when underlying.GetGenericTypeDefinition() == typeof(List<>) =>
                new JsonObject { ["type"] = "array", ["items"] = ValueSchema(underlying.GetGenericArguments()[0], member) },
            { IsGenericType: true } when underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>) =>
                new JsonObject { ["type"] = "object", ["additionalProperties"] = ValueSchema(underlying.GetGenericArguments()[1], member) },
            { IsClass: true } => Reference(Define(underlying)),
            _ => throw new NotSupportedException($"no schema mapping for {underlying}"),
        };
    }

    private string Define(Type type)
    {
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(type.Name.Replace("Definition", string.Empty, StringComparison.Ordinal));
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = null;
            definitions[name] = ObjectSchema(type);
        }

        return name;
    }

    private static JsonObject Reference(string name) => new() { ["$ref"] = $"#/definitions/{name}" };

    private static JsonObject EnumSchema(Type type)
    {
        var members = type.GetFields(BindingFlags.Public | BindingFlags.Static);
        return new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. members.Select(m => (JsonNode)m.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name)]),
            ["enumDescriptions"] = new JsonArray([.. members.Select(m => (JsonNode)(m.GetCustomAttribute<DescriptionAttribute>()?.Description ?? string.Empty))]),
        };
    }

    private (IReadOnlyList<string> Values, IReadOnlyList<string> Descriptions) CatalogValues(CatalogList list)
    {
        IEnumerable<(string Value, string Description)> pairs = list switch
        {
            CatalogList.Models => catalog.Models.Select(m => (m.Key, $"{m.Value.DisplayName} ({m.Value.ModelType})")),
            CatalogList.InstanceTypes => catalog.InstanceTypes.Select(t => (t, string.Empty)),
            CatalogList.EvalTasks => catalog.EvalTasks.Select(t => (t.Key, t.Value.Description)),
            CatalogList.EvalStrategies => catalog.EvalStrategies.Select(s => (s, string.Empty)),
            CatalogList.EvalMetrics => catalog.EvalMetrics.Select(m => (m, string.Empty)),
            CatalogList.Regions => catalog.Regions.Keys.Select(r => (r, string.Empty)),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
        var ordered = pairs.OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
        return (ordered.Select(p => p.Value).ToList(), ordered.Select(p => p.Description).ToList());
    }

    /// <summary>Per stage kind: the block it requires, the blocks it must not have, and the overrides its recipes accept.</summary>
    private void AddStageKindRules()
    {
        var stage = definitions["stage"]!.AsObject();
        var rules = new JsonArray();
        foreach (var kind in Enum.GetValues<StageKind>())
        {
            var name = EnumName(kind);
            var then = new JsonObject();
            var properties = new JsonObject();
            var block = kind switch
            {
                StageKind.Eval => "eval",
                StageKind.Rft => "rft",
                StageKind.Deploy => "deploy",
                _ => null,
            };
            foreach (var other in new[] { "eval", "rft", "deploy" }.Where(b => b != block))
            {
                properties[other] = new JsonObject { ["not"] = new JsonObject(), ["description"] = $"Only for kind: {other}." };
            }

            if (kind is StageKind.Eval or StageKind.Deploy)
            {
                properties["method"] = new JsonObject { ["not"] = new JsonObject(), ["description"] = "Only for training stages." };
            }

            var parameters = catalog.Recipes.Where(r => r.Kind == name).SelectMany(catalog.ParametersOf).ToList();
            properties["overrides"] = new JsonObject
            {
                ["description"] = $"Recipe parameters of {name} recipes by name; the allowed values depend on the model and recipe.",
                ["type"] = "object",
                ["properties"] = ParameterProperties(parameters),
                ["additionalProperties"] = false,
            };
            then["description"] = $"What a stage of kind {name} must have and may not have, and the overrides its recipes accept.";
            then["properties"] = properties;
            if (block is not null && kind != StageKind.Deploy)
            {
                then["required"] = new JsonArray(block);
            }

            // A named definition, so validators without if/then support can apply the rule to a stage themselves.
            definitions[StageRuleDefinition(name)] = then;
            rules.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = name } }, ["required"] = new JsonArray("kind") },
                ["then"] = Reference(StageRuleDefinition(name)),
            });
        }

        stage["allOf"] = rules;
    }

    /// <summary>The definition holding the rules for stages of one kind.</summary>
    public static string StageRuleDefinition(string kind) => $"stage_rules_{kind}";

    private static string EnumName<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;

    /// <summary>One schema per parameter name, widened over every recipe that has it, so editors complete and type-check overrides.</summary>
    private static JsonObject ParameterProperties(IEnumerable<KeyValuePair<string, RecipeParameter>> parameters)
    {
        var result = new JsonObject();
        foreach (var group in parameters.GroupBy(p => p.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var all = group.Select(p => p.Value).ToList();
            var first = all[0];
            var types = all.Select(p => p.Type).Distinct().ToList();
            var schema = new JsonObject();
            var jsonTypes = new JsonArray([.. (types.Contains("number") ? types.Where(t => t != "integer") : types).Select(t => (JsonNode)t)]);
            if (all.Any(p => p.Nullable))
            {
                jsonTypes.Add("null");
            }

            schema["type"] = jsonTypes.Count == 1 ? jsonTypes[0]!.DeepClone() : jsonTypes;
            if (all.All(p => p.Enum is not null))
            {
                var values = all.SelectMany(p => p.Enum!).Select(e => e.GetRawText()).Distinct().Order(StringComparer.Ordinal);
                schema["enum"] = new JsonArray([.. values.Select(v => JsonNode.Parse(v))]);
                if (all.Any(p => p.Nullable))
                {
                    schema["enum"]!.AsArray().Add(null);
                }
            }
            else
            {
                if (all.All(p => p.Minimum is not null))
                {
                    schema["minimum"] = Number(all.Min(p => p.Minimum!.Value));
                }

                if (all.All(p => p.Maximum is not null))
                {
                    schema["maximum"] = Number(all.Max(p => p.Maximum!.Value));
                }
            }

            var keys = string.Join(", ", all.Select(p => p.Key).Distinct().Order(StringComparer.Ordinal));
            var wrapped = new JsonObject { ["anyOf"] = new JsonArray(schema, Reference(ExpressionDefinition)) };
            wrapped["description"] = $"{first.Description} Sets `{keys}`. Allowed values depend on the model and recipe; 'novaforge validate' checks them exactly.";
            if (first.Default is { } defaultValue)
            {
                wrapped["default"] = JsonNode.Parse(defaultValue.GetRawText());
            }

            result[group.Key] = wrapped;
            foreach (var alias in first.Aliases)
            {
                result[alias] = new JsonObject { ["anyOf"] = wrapped["anyOf"]!.DeepClone(), ["description"] = $"Alias of '{group.Key}'. {first.Description}" };
            }
        }

        return result;
    }

    private static JsonNode Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);
}
