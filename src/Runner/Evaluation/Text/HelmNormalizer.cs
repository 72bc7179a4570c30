using System.Text;

namespace NovaForge.Runner.Evaluation.Text;

/// <summary>
/// lighteval's <c>helm_normalizer</c> (eval-metrics.md §3.1), used by quasi exact match and quasi F1: split on single
/// spaces and hyphens; per piece lowercase, drop ASCII punctuation, homogenize numbers, remove articles, collapse
/// whitespace; join the non-empty pieces.
/// </summary>
public static class HelmNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not (' ' or '-'))
            {
                continue;
            }

            var piece = NormalizePiece(text[start..i]);
            if (piece.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(piece);
            }

            start = i + 1;
        }

        return PythonText.Strip(builder.ToString());
    }

    private static string NormalizePiece(string piece)
    {
        if (piece.Length == 0)
        {
            return piece;
        }

        // Most pieces are plain ASCII words: lowercasing is all that can change them, unless they are an article or
        // one of the words float() reads (inf, infinity, nan).
        if (IsAsciiLetters(piece))
        {
            var lower = piece.ToLowerInvariant();
            return lower switch
            {
                "a" or "an" or "the" => string.Empty,
                "infinity" => "inf",
                _ => lower,
            };
        }

        var text = PythonText.RemoveAsciiPunctuation(PythonCase.Lower(piece));
        if (PythonFloat.TryParseUnsigned(text, out var number))
        {
            text = PythonFloat.Repr(number);
        }

        return PythonText.CollapseWhiteSpace(RemoveArticles(text));
    }

    private static bool IsAsciiLetters(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Regex <c>\b(a|an|the)\b</c> replaced by a space, with Python's notion of word characters.</summary>
    private static string RemoveArticles(string text)
    {
        if (text.IndexOfAny(['a', 't']) < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (PythonText.IsWordBefore(text, i))
            {
                continue;
            }

            var length = ArticleLengthAt(text, i);
            if (length == 0)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, i - copied).Append(' ');
            copied = i + length;
            i = copied - 1;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static int ArticleLengthAt(string text, int at)
    {
        foreach (var article in (ReadOnlySpan<string>)["a", "an", "the"])
        {
            var end = at + article.Length;
            if (end <= text.Length && string.CompareOrdinal(text, at, article, 0, article.Length) == 0 && !PythonText.IsWordAt(text, end))
            {
                return article.Length;
            }
        }

        return 0;
    }
}
