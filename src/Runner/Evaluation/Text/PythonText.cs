using System.Buffers;
using System.Text;

namespace NovaForge.Runner.Evaluation.Text;

/// <summary>
/// Python's <c>str.strip()</c>, <c>str.split()</c>, <c>string.punctuation</c> and <c>\w</c>, which the container's
/// metrics are written in (<c>str.lower()</c> is <see cref="PythonCase"/>).
/// Python's whitespace is .NET's plus U+001C–U+001F (eval-metrics.md §3).
/// </summary>
public static class PythonText
{
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    public static string Strip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    public static string RStrip(string text)
    {
        var end = text.Length;
        while (end > 0 && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end == text.Length ? text : text[..end];
    }

    /// <summary><c>str.split()</c> without an argument: runs of whitespace separate, empty pieces are dropped.</summary>
    public static List<string> Split(string text)
    {
        var pieces = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWhiteSpace(text[i]))
            {
                if (start >= 0)
                {
                    pieces.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }

    /// <summary><c>len(text.split())</c> without building the pieces.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <summary><c>" ".join(text.split())</c>.</summary>
    public static string CollapseWhiteSpace(string text) => string.Join(' ', Split(text));

    /// <summary>Python's <c>\w</c> for str patterns: letters, numerics and underscore, whole code points.</summary>
    public static bool IsWordCharacter(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_';

    /// <summary>Whether the code point that ends just before <paramref name="index"/> is a word character (false at the start or on a lone surrogate).</summary>
    public static bool IsWordBefore(string text, int index) =>
        index > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out _) == OperationStatus.Done && IsWordCharacter(rune);

    /// <summary>Whether the code point that starts at <paramref name="index"/> is a word character (false at the end or on a lone surrogate).</summary>
    public static bool IsWordAt(string text, int index) =>
        index < text.Length && Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done && IsWordCharacter(rune);

    /// <summary>Python's <c>string.punctuation</c>: exactly the 32 ASCII punctuation characters.</summary>
    public static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    public static string RemoveAsciiPunctuation(string text)
    {
        if (!text.Any(IsAsciiPunctuation))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsAsciiPunctuation(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
