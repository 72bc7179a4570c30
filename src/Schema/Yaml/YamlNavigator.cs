namespace NovaForge.Schema.Yaml;

/// <summary>Walks a node tree by <see cref="YamlPath"/>.</summary>
public static class YamlNavigator
{
    public static YNode? Find(YNode? root, YamlPath path, bool nearest = false)
    {
        var current = root;
        foreach (var segment in path.Segments)
        {
            YNode? next = (current, segment) switch
            {
                (YMapping mapping, string key) => mapping.Find(key)?.Value,
                (YSequence sequence, int index) when index >= 0 && index < sequence.Items.Count => sequence.Items[index],
                _ => null,
            };
            if (next is null)
            {
                return nearest ? current : null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The key scalar of the entry at a path, when the path ends in a mapping key.</summary>
    public static YScalar? FindKey(YNode? root, YamlPath path) =>
        path.Last is string key && Find(root, path.Parent) is YMapping parent ? parent.Find(key)?.Key : null;
}
