using System.Text.Json;
using NovaForge.Schema.Serialization;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Catalog;

/// <summary>
/// What Nova supports, as data (<c>recipes/catalog.yaml</c>): models, regions, images, evaluation tasks,
/// recipes with their instances and parameters. The single source for validation, the JSON Schema and rendering.
/// </summary>
public sealed record NovaCatalog
{
    public const string ResourceName = "recipes/catalog.yaml";

    /// <summary>The platform names recipes and images use.</summary>
    public const string TrainingJob = "training-job";

    public const string Hyperpod = "hyperpod";

    public const string Hosting = "hosting";

    private static readonly Lazy<NovaCatalog> Embedded = new(LoadEmbedded);

    /// <summary>The official recipes snapshot this catalog reproduces; part of every stage fingerprint.</summary>
    public required string Version { get; init; }

    public required IReadOnlyDictionary<string, ModelInfo> Models { get; init; }

    public required IReadOnlyDictionary<string, RegionInfo> Regions { get; init; }

    public required IReadOnlyDictionary<string, ImageInfo> Images { get; init; }

    public required IReadOnlyDictionary<string, EvalTaskInfo> EvalTasks { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, RecipeParameter>> ParameterSets { get; init; }

    public required IReadOnlyList<RecipeInfo> Recipes { get; init; }

    public IReadOnlyList<InferenceTier> InferenceTiers { get; set; } = [];

    /// <summary>The catalog compiled into this build.</summary>
    public static NovaCatalog Default => Embedded.Value;

    public IEnumerable<string> InstanceTypes => Recipes.SelectMany(r => r.InstanceTypes).Concat(InferenceTiers.SelectMany(t => t.InstanceTypes)).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> EvalStrategies => EvalTasks.Values.SelectMany(t => t.Strategies.Prepend(t.Strategy)).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> EvalMetrics => EvalTasks.Values.Select(t => t.Metric).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The parameters a recipe accepts, by override name, with the recipe's defaults and constraints applied.</summary>
    public IReadOnlyDictionary<string, RecipeParameter> ParametersOf(RecipeInfo recipe) => ParametersOn(recipe, null);

    /// <summary>The parameters a recipe accepts on an instance type: <see cref="ParametersOf"/> narrowed by that type's constraints.</summary>
    public IReadOnlyDictionary<string, RecipeParameter> ParametersOn(RecipeInfo recipe, string? instanceType)
    {
        var result = new Dictionary<string, RecipeParameter>(StringComparer.Ordinal);
        foreach (var (name, parameter) in recipe.Parameters.SelectMany(set => ParameterSets[set]))
        {
            var effective = parameter;
            if (recipe.Defaults.TryGetValue(name, out var value))
            {
                effective = effective with { Default = value };
            }

            effective = Constrain(effective, recipe.Constraints, name);
            if (instanceType is not null && recipe.InstanceConstraints.TryGetValue(instanceType, out var onInstance))
            {
                effective = Constrain(effective, onInstance, name);
            }

            result[name] = effective;
        }

        return result;
    }

    /// <summary>The override name a key refers to in a recipe, resolving aliases; null when the recipe has no such parameter.</summary>
    public string? ResolveParameterName(RecipeInfo recipe, string key)
    {
        var parameters = recipe.Parameters.SelectMany(set => ParameterSets[set]).ToList();
        return parameters.Any(p => p.Key == key) ? key : parameters.FirstOrDefault(p => p.Value.Aliases.Contains(key)).Key;
    }

    /// <summary>The full ECR URI of a recipe's image on a platform in a region, or null when not published there.</summary>
    public string? ImageUri(RecipeInfo recipe, string platform, string region) => ImageUri(recipe.Image, platform, region);

    /// <summary>The full ECR URI of an image family (e.g. <c>hosting</c>) on a platform in a region, or null when not published there.</summary>
    public string? ImageUri(string image, string platform, string region) =>
        Images.TryGetValue(image, out var info) && info.Tags.TryGetValue(platform, out var tag) && info.Regions.Contains(region) ? Uri(tag, region) : null;

    /// <summary>The ECR URI of <c>repository:tag</c> in the Nova account of a region (images and their sidecars), or null for an unknown region.</summary>
    public string? Uri(string repositoryAndTag, string region) =>
        Regions.TryGetValue(region, out var info) ? $"{info.Account}.dkr.ecr.{region}.amazonaws.com/{repositoryAndTag}" : null;

    private static RecipeParameter Constrain(RecipeParameter parameter, IReadOnlyDictionary<string, ParameterConstraint> constraints, string name) =>
        constraints.TryGetValue(name, out var constraint)
            ? parameter with
            {
                Minimum = constraint.Minimum ?? parameter.Minimum,
                Maximum = constraint.Maximum ?? parameter.Maximum,
                MultipleOf = constraint.MultipleOf ?? parameter.MultipleOf,
                Enum = constraint.Enum ?? parameter.Enum,
            }
            : parameter;

    /// <summary>Parses a catalog from YAML text (the embedded one, or another in tests).</summary>
    public static NovaCatalog Parse(string name, string yaml)
    {
        var (document, diagnostics) = YamlFileReader.Parse(new Diagnostics.SourceText(name, yaml));
        if (document?.Root is null)
        {
            throw new InvalidDataException($"the recipe catalog {name} is not valid YAML: {string.Join("; ", diagnostics)}");
        }

        return CatalogJson.ToJsonNode(document.Root).Deserialize<NovaCatalog>(NovaJson.Options)
            ?? throw new InvalidDataException($"the recipe catalog {name} is empty");
    }

    private static NovaCatalog LoadEmbedded()
    {
        using var stream = typeof(NovaCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build does not contain {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(ResourceName, reader.ReadToEnd());
    }
}
