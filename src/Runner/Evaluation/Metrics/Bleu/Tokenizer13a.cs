using System.Text;
using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// sacrebleu's default <c>13a</c> tokenizer (eval-metrics.md §9.2), including BLEU's <c>rstrip</c> of the segment.
/// sacrebleu applies four regular expressions in turn; each is a one-character class or a two-character pattern of
/// classes, so <c>re.sub</c>'s leftmost, non-overlapping scan is reproduced here by a direct loop per expression
/// (same output, without a regex engine on the hot path of a million-row run).
/// </summary>
public static class Tokenizer13a
{
    public static List<string> Tokenize(string segment)
    {
        var line = PythonText.RStrip(segment);
        if (line.Contains('<', StringComparison.Ordinal))
        {
            line = line.Replace("<skipped>", string.Empty, StringComparison.Ordinal);
        }

        if (line.Contains('\n', StringComparison.Ordinal))
        {
            line = line.Replace("-\n", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
        }

        if (line.Contains('&', StringComparison.Ordinal))
        {
            line = line.Replace("&quot;", "\"", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal)
                .Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal);
        }

        var text = new StringBuilder(line.Length + 16).Append(' ');
        foreach (var c in line)
        {
            // ([\{-\~\[-\` -\&\(-\+\:-\@\/]) -> " \1 ". The class includes the space, whose padding only adds
            // spaces next to spaces: no later pattern or the final split can tell, so spaces are copied as they are.
            if (c != ' ' && IsSymbol(c))
            {
                text.Append(' ').Append(c).Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append(' ');
        var spaced = text.ToString();
        spaced = Pairs(spaced, (a, b) => !IsDigit(a) && b is '.' or ',', spaceBefore: true);   // ([^0-9])([\.,]) -> "\1 \2 "
        spaced = Pairs(spaced, (a, b) => a is '.' or ',' && !IsDigit(b), spaceBefore: false);  // ([\.,])([^0-9]) -> " \1 \2"
        spaced = Pairs(spaced, (a, b) => IsDigit(a) && b == '-', spaceBefore: true);           // ([0-9])(-) -> "\1 \2 "
        return PythonText.Split(spaced);
    }

    /// <summary>
    /// One <c>re.sub</c> pass of a two-character pattern: at each position from the left, a match consumes both
    /// characters and the scan resumes after them. <paramref name="spaceBefore"/> true writes "a b " (spaces around the
    /// second character), false writes " a b" (a space before each).
    /// </summary>
    private static string Pairs(string text, Func<char, char, bool> matches, bool spaceBefore)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!matches(text[i], text[i + 1]))
            {
                continue;
            }

            result ??= new StringBuilder(text.Length + 32);
            result.Append(text, copied, i - copied);
            if (spaceBefore)
            {
                result.Append(text[i]).Append(' ').Append(text[i + 1]).Append(' ');
            }
            else
            {
                result.Append(' ').Append(text[i]).Append(' ').Append(text[i + 1]);
            }

            copied = i + 2;
            i++;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsSymbol(char c) => c is (>= '{' and <= '~') or (>= '[' and <= '`') or (>= ' ' and <= '&') or (>= '(' and <= '+') or (>= ':' and <= '@') or '/';
}
