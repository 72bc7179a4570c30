namespace NovaForge.Schema.Model;

/// <summary>A reference to a dataset or to one part of its split: <c>questions</c> or <c>questions.eval</c>.</summary>
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
