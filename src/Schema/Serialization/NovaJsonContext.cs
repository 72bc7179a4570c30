using System.Text.Json.Serialization;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Model;

namespace NovaForge.Schema.Serialization;

/// <summary>
/// Compile-time serialization metadata for the types read at every start (the catalog and the pipeline model):
/// building it by reflection at run time was a large part of a short command's start-up. Generated deserializers
/// assign every init-only property, absent ones included, so properties with a default value use <c>set</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(NovaCatalog))]
[JsonSerializable(typeof(PipelineDefinition))]
internal sealed partial class NovaJsonContext : JsonSerializerContext;
