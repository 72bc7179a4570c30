namespace NovaForge.Runner.Data.Preparation;

/// <summary>A stage's or mix's reference to data: a dataset name, or 'name.part' for a part of its split.</summary>
public sealed record DatasetReference(string Name, string? Part)
{
    /// <summary>Dataset names cannot contain '.', so the first '.' separates the part.</summary>
    public static DatasetReference Parse(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new DatasetReference(text, null) : new DatasetReference(text[..dot], text[(dot + 1)..]);
    }

    public override string ToString() => Part is null ? Name : $"{Name}.{Part}";
}
