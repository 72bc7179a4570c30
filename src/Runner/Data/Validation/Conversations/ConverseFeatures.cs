namespace NovaForge.Runner.Data.Validation.Conversations;

/// <summary>
/// What a Converse row holds across its turns: the content kinds the SDK wants in all rows or none, and the first
/// media block (which prepare cannot check).
/// </summary>
internal sealed class ConverseFeatures
{
    /// <summary>The content kinds that are optional fields, in the SDK's order.</summary>
    public static IReadOnlyList<string> OptionalKinds { get; } = [ConverseContent.Image, ConverseContent.Video, ConverseContent.Reasoning, ConverseContent.ToolUse, ConverseContent.ToolResult];

    private readonly HashSet<string> kinds = new(StringComparer.Ordinal);

    public (string Where, string Kind)? FirstMedia { get; private set; }

    public bool Has(string kind) => kinds.Contains(kind);

    public void Add(string kind) => kinds.Add(kind);

    public void AddMedia(string where, string kind)
    {
        kinds.Add(kind);
        FirstMedia ??= (where, kind);
    }
}
