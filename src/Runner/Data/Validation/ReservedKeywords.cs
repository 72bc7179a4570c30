using System.Buffers;

namespace NovaForge.Runner.Data.Validation;

/// <summary>
/// Markers the Converse training format reserves (the SDK's <c>CONVERSE_FORMAT_RESERVED_KEYWORDS</c>), matched
/// case-sensitively anywhere in a text, as the SDK does. Searched in one vectorized pass per text.
/// </summary>
public static class ReservedKeywords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "System:", "SYSTEM:", "User:", "USER:", "Bot:", "BOT:", "Assistant:", "ASSISTANT:", "Thought:", "[EOS]", "<image>", "<video>", "<unk>",
    ];

    private static readonly SearchValues<string> Search = SearchValues.Create([.. All], StringComparison.Ordinal);

    /// <summary>The first reserved keyword in the text, or null.</summary>
    public static string? Find(string text)
    {
        var at = text.AsSpan().IndexOfAny(Search);
        return at < 0 ? null : All.First(k => text.AsSpan(at).StartsWith(k, StringComparison.Ordinal));
    }
}
