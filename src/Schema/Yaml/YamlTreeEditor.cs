namespace NovaForge.Schema.Yaml;

/// <summary>Returns new trees with one node replaced or added; nodes are immutable so the original stays as parsed.</summary>
public static class YamlTreeEditor
{
    /// <summary>Sets the node at <paramref name="path"/>, creating missing mapping keys; null when the path crosses a scalar or a missing index.</summary>
    public static YNode? Set(YNode root, IReadOnlyList<object> path, YNode value, int depth = 0)
    {
        if (depth == path.Count)
        {
            return value;
        }

        var segment = path[depth];
        switch (root, segment)
        {
            case (YMapping mapping, string key):
                var existing = mapping.Find(key);
                var child = existing?.Value ?? new YMapping(value.Span, []);
                var replaced = Set(child, path, value, depth + 1);
                if (replaced is null)
                {
                    return null;
                }

                var entries = mapping.Entries.ToList();
                var entry = new YEntry(existing?.Key ?? new YScalar(value.Span, key, isPlain: true), replaced);
                var index = entries.FindIndex(e => e.Key.Value == key);
                if (index >= 0)
                {
                    entries[index] = entry;
                }
                else
                {
                    entries.Add(entry);
                }

                return new YMapping(mapping.Span, entries);
            case (YSequence sequence, int position) when position >= 0 && position < sequence.Items.Count:
                var item = Set(sequence.Items[position], path, value, depth + 1);
                if (item is null)
                {
                    return null;
                }

                var items = sequence.Items.ToList();
                items[position] = item;
                return new YSequence(sequence.Span, items);
            default:
                return null;
        }
    }

    /// <summary>Rebuilds a tree bottom-up, replacing each scalar by what <paramref name="rewrite"/> returns.</summary>
    public static YNode MapScalars(YNode node, Func<YScalar, YamlPath, YNode> rewrite, YamlPath? path = null)
    {
        path ??= YamlPath.Root;
        return node switch
        {
            YScalar scalar => rewrite(scalar, path),
            YSequence sequence => new YSequence(sequence.Span, [.. sequence.Items.Select((item, i) => MapScalars(item, rewrite, path.Index(i)))]),
            YMapping mapping => new YMapping(mapping.Span, [.. mapping.Entries.Select(e => e with { Value = MapScalars(e.Value, rewrite, path.Key(e.Key.Value)) })]),
            _ => node,
        };
    }
}
