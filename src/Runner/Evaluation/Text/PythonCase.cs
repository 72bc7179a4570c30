using System.Buffers;
using System.Globalization;
using System.Text;

namespace NovaForge.Runner.Evaluation.Text;

/// <summary>
/// Python's <c>str.lower()</c> (eval-metrics.md §3), which ROUGE's tokenizer and <c>helm_normalizer</c> call: full
/// Unicode case mapping. It differs from .NET's invariant mapping in two ways only (checked against CPython for every
/// code point): U+0130 'İ' lowers to "i" + U+0307 (two code points), and a capital sigma lowers to final 'ς' when it
/// ends a word, as CPython's <c>handle_capital_sigma</c> decides (Unicode's Final_Sigma context: a cased letter before
/// it, case-ignorable ones skipped, and no cased letter after it). Lone surrogates are kept as they are.
/// </summary>
public static class PythonCase
{
    private const char CapitalDottedI = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>The word-break MidLetter, MidNumLet and Single_Quote characters, which are case-ignorable whatever their category.</summary>
    private static readonly SearchValues<char> WordMidCharacters = SearchValues.Create("'.:\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A");

    public static string Lower(string text)
    {
        if (text.AsSpan().IndexOfAny(CapitalDottedI, CapitalSigma) < 0)
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != OperationStatus.Done)
            {
                builder.Append(text[i++]);
                continue;
            }

            if (rune.Value == CapitalDottedI)
            {
                builder.Append("i\u0307");
            }
            else if (rune.Value == CapitalSigma)
            {
                builder.Append(IsFinalSigma(text, i) ? 'ς' : 'σ');
            }
            else
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }

            i += length;
        }

        return builder.ToString();
    }

    private static bool IsFinalSigma(string text, int sigma)
    {
        var before = sigma;
        Rune rune = default;
        while (before > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, before), out rune, out var length) == OperationStatus.Done && IsCaseIgnorable(rune))
        {
            before -= length;
        }

        if (before == 0 || !IsCased(rune))
        {
            return false;
        }

        for (var after = sigma + 1; after < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(after), out rune, out var length) != OperationStatus.Done || !IsCaseIgnorable(rune))
            {
                return !IsCased(rune);
            }

            after += length;
        }

        return true;
    }

    /// <summary>Unicode's Case_Ignorable: marks (Mn, Me), format characters, modifier letters and symbols, and the word-middle characters.</summary>
    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || (rune.IsBmp && WordMidCharacters.Contains((char)rune.Value));

    /// <summary>
    /// Unicode's Cased, for characters that are not case-ignorable: letters with case, plus the Other_Lowercase and
    /// Other_Uppercase letters of other categories (ª º, Roman numerals, circled and squared Latin letters).
    /// </summary>
    private static bool IsCased(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || rune.Value is 0xAA or 0xBA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);
}
