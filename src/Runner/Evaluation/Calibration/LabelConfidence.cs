using System.Text;
using NovaForge.Runner.Evaluation.Outputs;

namespace NovaForge.Runner.Evaluation.Calibration;

/// <summary>
/// The model's confidence in its answer: the probability of the generated token where the predicted label begins
/// (the first label token). Tokens are decoded with SentencePiece's '▁' read as a space. For JSON answers it is the
/// token where the label field's value begins (after <c>"class":</c> and the opening quote), whether or not the value
/// is a valid label, never the opening '{'; without a JSON field, where the predicted label is first mentioned.
/// Failing both, the first token that is not whitespace counts.
/// </summary>
public static class LabelConfidence
{
    public const char SentencePieceSpace = '\u2581';

    public static double? Of(IReadOnlyList<TokenLogprobs>? logprobs, string? label, string? jsonField = null)
    {
        if (logprobs is null || logprobs.Count == 0)
        {
            return null;
        }

        var decoded = new StringBuilder();
        var starts = new int[logprobs.Count];
        for (var i = 0; i < logprobs.Count; i++)
        {
            starts[i] = decoded.Length;
            decoded.Append(Decode(logprobs[i].Chosen.Key));
        }

        var text = decoded.ToString();
        var at = jsonField is null ? -1 : ValueStart(text, jsonField.Split('.')[^1]);
        if (at < 0 && !string.IsNullOrEmpty(label))
        {
            at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase);
        }

        if (at < 0)
        {
            at = text.AsSpan().IndexOfAnyExcept(" \t\r\n");
        }

        if (at < 0)
        {
            return null;
        }

        var token = Array.FindLastIndex(starts, s => s <= at);
        return Math.Exp(logprobs[Math.Max(token, 0)].Chosen.Value);
    }

    /// <summary>Where the value of <c>"field":</c> begins in a JSON text (past an opening quote), or -1.</summary>
    private static int ValueStart(string text, string field)
    {
        var name = text.IndexOf($"\"{field}\"", StringComparison.Ordinal);
        if (name < 0)
        {
            return -1;
        }

        var at = SkipSpaces(text, name + field.Length + 2);
        if (at >= text.Length || text[at] != ':')
        {
            return -1;
        }

        at = SkipSpaces(text, at + 1);
        if (at >= text.Length)
        {
            return -1;
        }

        return text[at] == '"' && at + 1 < text.Length ? at + 1 : at;
    }

    private static int SkipSpaces(string text, int from)
    {
        while (from < text.Length && text[from] is ' ' or '\t' or '\r' or '\n')
        {
            from++;
        }

        return from;
    }

    /// <summary>A token's text with SentencePiece's word-start marker as a space.</summary>
    public static string Decode(string token) => token.Replace(SentencePieceSpace, ' ');
}
