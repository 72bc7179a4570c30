using System.Text;
using System.Text.RegularExpressions;
using NovaForge.Runner.Evaluation.Metrics.Bleu;
using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Tests.Evaluation.Metrics;

public partial class Tokenizer13aEquivalenceTests
{
    [Fact]
    public void Direct_loops_equal_sacrebleus_regular_expressions_on_random_text()
    {
        // The tokenizer replaces sacrebleu's four regular expressions (tokenizer_re.py, eval-metrics.md §9.2) by loops;
        // this reference applies the expressions themselves. Punctuation-dense random text exercises adjacent matches.
        const string Alphabet = "ab9 0.,-.,-'!\"#$%&()*+/:;<=>?@[\\]^_`{|}~é\n";
        var random = new Random(13);
        for (var i = 0; i < 3000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            Assert.Equal(Reference(text), Tokenizer13a.Tokenize(text));
        }
    }

    private static List<string> Reference(string segment)
    {
        var line = PythonText.RStrip(segment).Replace("<skipped>", string.Empty, StringComparison.Ordinal).Replace("-\n", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
        if (line.Contains('&', StringComparison.Ordinal))
        {
            line = new StringBuilder(line).Replace("&quot;", "\"").Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">").ToString();
        }

        line = $" {line} ";
        line = Symbols().Replace(line, " $1 ");
        line = PeriodCommaAfterNonDigit().Replace(line, "$1 $2 ");
        line = PeriodCommaBeforeNonDigit().Replace(line, " $1 $2");
        line = DashAfterDigit().Replace(line, "$1 $2 ");
        return PythonText.Split(line);
    }

    [GeneratedRegex(@"([\{-\~\[-\` -\&\(-\+\:-\@\/])")]
    private static partial Regex Symbols();

    [GeneratedRegex(@"([^0-9])([\.,])")]
    private static partial Regex PeriodCommaAfterNonDigit();

    [GeneratedRegex(@"([\.,])([^0-9])")]
    private static partial Regex PeriodCommaBeforeNonDigit();

    [GeneratedRegex(@"([0-9])(-)")]
    private static partial Regex DashAfterDigit();
}
