using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NovaForge.Schema.Validation;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.Validation;

/// <summary>The validator's schema objects, read directly, are the ones NJsonSchema's own loader makes of the same JSON.</summary>
public sealed class SchemaObjectReaderTests
{
    private static readonly string Committed = File.ReadAllText(RepositoryPaths.InRepository("schemas", "pipeline.schema.json"));

    [Fact]
    public async Task Reads_the_validator_schema_as_NJsonSchema_loads_it()
    {
        var json = PipelineSchema.ForResolvedDocuments(Committed);
        var expected = await JsonSchema.FromJsonAsync(json.ToJsonString());

        var actual = SchemaObjectReader.Read(json);

        Assert.Equal(expected.ToJson(), actual.ToJson());
        Assert.Equal(Describe(expected), Describe(actual));
    }

    [Fact]
    public async Task Validates_documents_as_the_schema_NJsonSchema_loads()
    {
        var json = PipelineSchema.ForResolvedDocuments(Committed);
        var expected = await JsonSchema.FromJsonAsync(json.ToJsonString());
        var actual = SchemaObjectReader.Read(json);
        var document = JToken.Parse("""
            { "name": "Bad Name", "model": "nova-lite3", "runtime": { "kind": "local", "extra": 1 },
              "stages": [ { "id": "a", "kind": "eval", "rft": {}, "instances": { "count": 0 } }, { "kind": "sft", "overrides": "x" } ] }
            """);

        var errors = Render(new JsonSchemaValidator().Validate(document, actual));

        Assert.NotEmpty(errors);
        Assert.Equal(Render(new JsonSchemaValidator().Validate(document, expected)), errors);
    }

    [Fact]
    public void A_keyword_the_reader_does_not_know_is_an_error_not_ignored()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse("""{ "type": "string", "minLength": 2 }""")!.AsObject();

        var error = Assert.Throws<InvalidDataException>(() => SchemaObjectReader.Read(json));

        Assert.Contains("minLength", error.Message, StringComparison.Ordinal);
    }

    /// <summary>What the validator and the diagnostics read of each schema, including what ToJson leaves out (parents, extension data types).</summary>
    private static List<string> Describe(JsonSchema root)
    {
        var lines = new List<string>();
        var seen = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        void Walk(JsonSchema schema, string path)
        {
            if (!seen.Add(schema))
            {
                return;
            }

            lines.Add($"{path} type={schema.Type} ref={(schema.Reference is null ? "-" : path)} parent={(schema.ParentSchema?.Description ?? "-").GetHashCode(StringComparison.Ordinal)} " +
                $"required=[{string.Join(",", schema.RequiredProperties)}] additional={schema.AllowAdditionalProperties} min={schema.Minimum} max={schema.Maximum} pattern={schema.Pattern} " +
                $"enum=[{string.Join(",", schema.Enumeration.Select(e => $"{e?.GetType().Name}:{e}"))}] ext=[{string.Join(",", (schema.ExtensionData ?? new Dictionary<string, object?>()).Select(e => $"{e.Key}={e.Value}"))}]");
            foreach (var (name, definition) in schema.Definitions)
            {
                Walk(definition, $"{path}/definitions/{name}");
            }

            foreach (var (name, property) in schema.Properties)
            {
                lines.Add($"{path}/properties/{name} name={property.Name} required={property.IsRequired}");
                Walk(property, $"{path}/properties/{name}");
            }

            foreach (var (kind, list) in new[] { ("anyOf", schema.AnyOf), ("oneOf", schema.OneOf), ("allOf", schema.AllOf) })
            {
                var index = 0;
                foreach (var item in list)
                {
                    Walk(item, $"{path}/{kind}/{index++}");
                }
            }

            foreach (var (kind, child) in new[] { ("not", schema.Not), ("items", schema.Item), ("additionalProperties", schema.AdditionalPropertiesSchema), ("$ref", schema.Reference) })
            {
                if (child is not null)
                {
                    Walk(child, $"{path}/{kind}");
                }
            }
        }

        Walk(root, "#");
        return lines;
    }

    private static List<string> Render(IEnumerable<ValidationError> errors) =>
        [.. errors.SelectMany(Flatten).Select(e => $"{e.Kind} {e.Path} {e.Property} {e.Schema?.Description}")];

    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child ? [error, .. child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)] : [error];
}
