using System.Text.RegularExpressions;
using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Metrics.Bleu;

/// <summary>
/// sacrebleu's default <c>13a</c> tokenizer (eval-metrics.md §9.2), including BLEU's <c>rstrip</c> of the segment.
/// The four regular expressions are sacrebleu's own, applied in the same order with the same left-to-right semantics.
/// </summary>
public static partial class Tokenizer13a
{
    public static List<string> Tokenize(string segment)
    {
        var line = PythonText.RStrip(segment)
            .Replace("<skipped>", string.Empty, StringComparison.Ordinal)
            .Replace("-\n", string.Empty, StringComparison.Ordinal)
            .Replace('\n', ' ');
        if (line.Contains('&', StringComparison.Ordinal))
        {
            line = line.Replace("&quot;", "\"", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal)
                .Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal);
        }

        line = $" {line} ";
        if (line.AsSpan().IndexOfAnyExcept(PlainCharacters) >= 0)
        {
            line = Symbols().Replace(line, " $1 ");
            line = PeriodCommaAfterNonDigit().Replace(line, "$1 $2 ");
            line = PeriodCommaBeforeNonDigit().Replace(line, " $1 $2");
            line = DashAfterDigit().Replace(line, "$1 $2 ");
        }

        return PythonText.Split(line);
    }

    /// <summary>Text made only of these characters is left unchanged by all four expressions.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainCharacters =
        System.Buffers.SearchValues.Create(" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'");

    [GeneratedRegex(@"([\{-\~\[-\` -\&\(-\+\:-\@\/])", RegexOptions.CultureInvariant)]
    private static partial Regex Symbols();

    [GeneratedRegex(@"([^0-9])([\.,])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCommaAfterNonDigit();

    [GeneratedRegex(@"([\.,])([^0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCommaBeforeNonDigit();

    [GeneratedRegex(@"([0-9])(-)", RegexOptions.CultureInvariant)]
    private static partial Regex DashAfterDigit();
}
