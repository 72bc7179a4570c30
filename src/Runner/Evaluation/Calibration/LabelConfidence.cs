using System.Text;
using NovaForge.Runner.Evaluation.Outputs;

namespace NovaForge.Runner.Evaluation.Calibration;

/// <summary>
/// The model's confidence in its answer: the probability of the generated token where the predicted label begins
/// (the first label token). Tokens are decoded with SentencePiece's '▁' read as a space. Without a label, the first
/// token that is not whitespace counts. For JSON answers the label is searched after the field's name.
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
        var at = -1;
        if (!string.IsNullOrEmpty(label))
        {
            var from = jsonField is null ? 0 : Math.Max(0, text.IndexOf($"\"{jsonField.Split('.')[^1]}\"", StringComparison.Ordinal));
            at = text.IndexOf(label, from, StringComparison.OrdinalIgnoreCase);
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

    /// <summary>A token's text with SentencePiece's word-start marker as a space.</summary>
    public static string Decode(string token) => token.Replace(SentencePieceSpace, ' ');
}
