using System.Text.RegularExpressions;

namespace NovaForge.Runner.Local.Model;

/// <summary>
/// Splits a response into the tokens it is streamed and scored in: a word or a single punctuation character, with the
/// whitespace before it. Concatenating the tokens gives the response back exactly.
/// </summary>
public static partial class ResponseTokenizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var end = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            tokens.Add(match.Value);
            end = match.Index + match.Length;
        }

        if (end < text.Length)
        {
            // Trailing whitespace belongs to the last token, so nothing is lost.
            if (tokens.Count == 0)
            {
                tokens.Add(text[end..]);
            }
            else
            {
                tokens[^1] += text[end..];
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"\s*(?:[\p{L}\p{N}_]+|\S)")]
    private static partial Regex TokenPattern();
}
