namespace NovaForge.Runner.Data.Records;

/// <summary>
/// The column names of a source, shared by all its rows; a row stores only its values, by position. JSONL sources add
/// columns as new keys appear, so a row made earlier may hold fewer values than there are columns.
/// </summary>
public sealed class ColumnSet
{
    private readonly List<string> names = [];
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => names;

    public int Count => names.Count;

    /// <summary>The 0-based position of a column, or -1.</summary>
    public int IndexOf(string name) => positions.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Adds a column (or finds it); returns its position and whether it was already there.</summary>
    public int Add(string name, out bool existed)
    {
        existed = positions.TryGetValue(name, out var index);
        if (existed)
        {
            return index;
        }

        names.Add(name);
        positions[name] = names.Count - 1;
        return names.Count - 1;
    }
}
