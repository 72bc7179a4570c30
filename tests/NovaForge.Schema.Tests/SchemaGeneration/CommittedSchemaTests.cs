using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.SchemaGeneration;
using NovaForge.Schema.Validation;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.SchemaGeneration;

public sealed class CommittedSchemaTests
{
    [Fact]
    public void Committed_schema_is_the_one_generated_from_the_model_and_catalog()
    {
        var committed = RepositoryPaths.InRepository("schemas", "pipeline.schema.json");

        var generated = PipelineSchemaGenerator.GenerateText(NovaCatalog.Default);

        // A failure means the C# model or the catalog changed without regenerating: run with NOVAFORGE_UPDATE_GOLDEN=1.
        Golden.AssertMatches(committed, generated);
    }

    [Fact]
    public void The_validator_uses_the_committed_schema()
    {
        Assert.Equal(File.ReadAllText(RepositoryPaths.InRepository("schemas", "pipeline.schema.json")), PipelineSchema.Default.Text);
    }

    [Fact]
    public void Every_property_and_every_override_has_a_description_for_hover()
    {
        var schema = JsonNode.Parse(PipelineSchema.Default.Text)!.AsObject();

        var undocumented = Properties(schema)
            .Where(p => string.IsNullOrWhiteSpace(p.Schema["description"]?.GetValue<string>()))
            .Select(p => p.Path)
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_value_property_offers_completion_an_example_a_default_or_its_choices()
    {
        var schema = JsonNode.Parse(PipelineSchema.Default.Text)!.AsObject();

        var bare = Properties(schema)
            .Where(p => !p.Path.Contains("/overrides/", StringComparison.Ordinal) && IsValue(p.Schema, schema))
            .Where(p => !Offers(p.Schema, schema))
            .Select(p => p.Path)
            .ToList();

        Assert.True(bare.Count == 0, string.Join(", ", bare));
    }

    /// <summary>Whether an editor has something to offer for the property: examples, a default, or its choices.</summary>
    private static bool Offers(JsonObject property, JsonObject schema) =>
        property["examples"] is not null || property["default"] is not null || property["enum"] is not null || property["const"] is not null
        || (property["anyOf"] is JsonArray alternatives && alternatives.Any(a => Offers(a!.AsObject(), schema)))
        || (property["$ref"]?.GetValue<string>() is { } reference && reference != "#/definitions/expression"
            && Offers(schema["definitions"]![reference.Split('/')[^1]]!.AsObject(), schema));

    /// <summary>A property whose value is typed in (text, a number, a flag, or a list of those), not a block with its own keys.</summary>
    private static bool IsValue(JsonObject property, JsonObject schema)
    {
        if (property["anyOf"] is JsonArray alternatives)
        {
            return alternatives.Any(a => a!["$ref"]?.GetValue<string>() != "#/definitions/expression" && IsValue(a.AsObject(), schema));
        }

        if (property["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = schema["definitions"]![reference.Split('/')[^1]]!.AsObject();
            return target["enum"] is null && IsValue(target, schema);
        }

        var type = property["type"];
        var types = type is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToList() : type is null ? [] : [type.GetValue<string>()];
        return types.Count > 0 && !types.Contains("object")
            && (!types.Contains("array") || property["items"] is not JsonObject items || IsValue(items, schema));
    }

    private static IEnumerable<(string Path, JsonObject Schema)> Properties(JsonObject schema)
    {
        var owners = new List<(string, JsonObject?)> { ("", schema) };
        owners.AddRange(schema["definitions"]!.AsObject().Select(d => ($"definitions/{d.Key}", d.Value as JsonObject)));
        owners.AddRange(schema["definitions"]!.AsObject()
            .Where(d => d.Key.StartsWith("stage_rules_", StringComparison.Ordinal))
            .Select(d => ($"definitions/{d.Key}/overrides", d.Value!["properties"]!["overrides"] as JsonObject)));
        foreach (var (path, owner) in owners)
        {
            foreach (var (name, property) in owner?["properties"]?.AsObject() ?? [])
            {
                yield return ($"{path}/{name}", property!.AsObject());
            }
        }
    }
}
