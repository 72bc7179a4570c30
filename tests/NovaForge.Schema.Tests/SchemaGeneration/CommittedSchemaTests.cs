using System.Text.Json.Nodes;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.SchemaGeneration;
using NovaForge.Schema.Tests.Support;
using NovaForge.Schema.Validation;

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
