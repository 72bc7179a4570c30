namespace NovaForge.Schema.Recipes;

/// <summary>The recipe templates compiled into this assembly (resources named <c>recipes/templates/...</c>): the only ones rendering reads.</summary>
internal static class EmbeddedTemplates
{
    public const string Prefix = "recipes/templates/";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Resources = new(Load);

    /// <summary>A template's text by its name under recipes/templates/, or null when there is none.</summary>
    public static string? Read(string name) => Resources.Value.TryGetValue(name, out var text) ? text : null;

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(EmbeddedTemplates).Assembly;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            result[name[Prefix.Length..]] = reader.ReadToEnd().ReplaceLineEndings("\n");
        }

        return result;
    }
}
