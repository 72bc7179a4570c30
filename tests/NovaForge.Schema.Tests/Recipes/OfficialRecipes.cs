using System.Text.Json.Nodes;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Yaml;
using Xunit.Abstractions;
using NovaForge.Tests.Support;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>The official Nova recipe files and tables in the shared reference folder (aws/sagemaker-hyperpod-recipes).</summary>
internal static class OfficialRecipes
{
    /// <summary>The reference folder, or null after printing why the test is skipped when this machine has no shared data.</summary>
    public static string? FolderOrSkip(ITestOutputHelper output)
    {
        var folder = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "reference", "hyperpod-recipes") : null;
        if (folder is not null && Directory.Exists(Path.Combine(folder, "recipes")))
        {
            return folder;
        }

        output.WriteLine("skipped: the shared reference folder (../shared/reference/hyperpod-recipes) is absent on this machine");
        return null;
    }

    /// <summary>Every official recipe file: its id (file name without extension), path under recipes/ and parsed content.</summary>
    public static IReadOnlyList<(string Id, string Path, JsonNode Content)> Files(string folder)
    {
        var root = Path.Combine(folder, "recipes");
        return [.. Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileNameWithoutExtension(file), Path.GetRelativePath(root, file).Replace('\\', '/'), Parse(file, File.ReadAllText(file))))];
    }

    /// <summary>
    /// The comment on the first line that sets <paramref name="key"/> in an official file (empty when it has none): the
    /// files state allowed values and platform rules there (<c>replicas: 4 # allowed values are 4, 8, 16</c>).
    /// </summary>
    public static string Comment(string folder, string path, string key)
    {
        var line = File.ReadLines(Path.Combine(folder, "recipes", path))
            .FirstOrDefault(l => l.TrimStart() is var text && !text.StartsWith('#') && text.Split(':')[0].Trim() == key);
        return line?.IndexOf(" #", StringComparison.Ordinal) is { } at and >= 0 ? line[(at + 2)..].Trim() : string.Empty;
    }

    public static JsonNode ReadJson(string folder, string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name)))!;

    /// <summary>Parses YAML the way the product does (YAML 1.2 core schema), so both sides of a comparison are typed alike.</summary>
    public static JsonNode Parse(string name, string yaml)
    {
        var (document, diagnostics) = YamlFileReader.Parse(new SourceText(name, yaml));
        Assert.True(document?.Root is not null && !diagnostics.Any(d => d.IsError), $"{name} is not valid YAML: {string.Join("; ", diagnostics)}");
        return YamlJson.ToJsonNode(document!.Root)!;
    }

    /// <summary>The value at a dotted path such as <c>training_config.model.optim.betas[0]</c>, and whether the path exists.</summary>
    public static bool TryGet(JsonNode root, string dottedPath, out JsonNode? value)
    {
        value = root;
        foreach (var segment in YamlPath.TryParse(dottedPath)!.Segments)
        {
            switch (value, segment)
            {
                case (JsonObject o, string key) when o.ContainsKey(key):
                    value = o[key];
                    break;
                case (JsonArray a, int index) when index < a.Count:
                    value = a[index];
                    break;
                default:
                    value = null;
                    return false;
            }
        }

        return true;
    }

    /// <summary>Why an official recipe has no stage kind, by its folder; null for a kind the catalog should have.</summary>
    public static string? Unsupported(string path) =>
        path.Contains("/PPO/", StringComparison.Ordinal) ? "PPO (multi-role actor/critic/reward training) is not a stage kind"
        : path.Contains("/distill/", StringComparison.Ordinal) ? "data distillation (a Bedrock teacher writing training data) is not a stage kind"
        : path.Contains("/MTRL/", StringComparison.Ordinal) ? "multi-turn agentic RL (MTRL, not routed through the Nova launcher) is not a stage kind"
        : null;
}
