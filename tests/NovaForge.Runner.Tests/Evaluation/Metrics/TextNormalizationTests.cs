using NovaForge.Runner.Evaluation.Metrics;
using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Tests.Evaluation.Metrics;

public class TextNormalizationTests
{
    // Reference values: eval-metrics.md §3.1 "Consequences", produced by lighteval v0.10.0's helm_normalizer.
    [Theory]
    [InlineData("The answer is 42.", "answer is 42.0")]
    [InlineData("  An Apple-a-day: 1,000 THE Euros! ", "apple day 1000.0 euros")]
    [InlineData("3.50", "350.0")]
    [InlineData("Infinity and NaN", "inf and nan")]
    [InlineData("a\nthe end", "end")]
    [InlineData("007", "7.0")]
    [InlineData("1e5", "100000.0")]
    [InlineData("?", "")]
    public void Helm_normalizer_matches_lighteval(string input, string expected)
    {
        Assert.Equal(expected, HelmNormalizer.Normalize(input));
    }

    // Reference values: CPython 3.11's str.lower() and lighteval v0.10.0's helm_normalizer, run on each input
    // (eval-metrics.md §3: full case mapping, Unicode digits in float(), CPython's whitespace rules).
    [Theory]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΣΑ", "σα")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ.", "ας")]
    [InlineData("ΑΣ'Β", "ασβ")]
    [InlineData("ΑΣ\u0301", "ας\u0301")]
    [InlineData("ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς")]
    [InlineData("𝟏𝟐", "12.0")]
    [InlineData("١٢", "12.0")]
    [InlineData("1e٥", "100000.0")]
    [InlineData("\u001C12", "12")]
    [InlineData("12\u001C", "12")]
    [InlineData("1\u001C2", "1 2")]
    [InlineData("\u000B12", "12.0")]
    [InlineData("\u00A012", "12.0")]
    [InlineData("\u001C１２", "１２")]
    [InlineData("𝐀a", "𝐀a")]
    [InlineData("a𝐀", "a𝐀")]
    [InlineData("ınf", "ınf")]
    [InlineData("İnf", "i\u0307nf")]
    [InlineData("ＮＡＮ", "ｎａｎ")]
    [InlineData("the\u001Cend", "end")]
    [InlineData("K", "k")]
    [InlineData("ǅ", "ǆ")]
    public void Helm_normalizer_follows_pythons_text_rules(string input, string expected)
    {
        Assert.Equal(expected, HelmNormalizer.Normalize(input));
    }

    [Fact]
    public void Lower_is_pythons_full_case_mapping()
    {
        Assert.Equal("i\u0307stanbul", PythonCase.Lower("İstanbul"));
        Assert.Equal("οδος οδοσα", PythonCase.Lower("ΟΔΟΣ ΟΔΟΣΑ"));
        Assert.Equal("\uD800σ", PythonCase.Lower("\uD800Σ"));
    }

    [Fact]
    public void Quasi_exact_match_sees_unicode_digits_and_final_sigma_as_python_does()
    {
        Assert.Equal(1.0, ExactMatch.Quasi("𝟏𝟐", "12"));
        Assert.Equal(1.0, ExactMatch.Quasi("ΟΔΟΣ", "οδος"));
        Assert.Equal(1.0, ExactMatch.Quasi("\u001C12", "12"));
        Assert.Equal(0.0, ExactMatch.Quasi("answer \u001C12", "answer 12"));
    }

    // Reference values: CPython repr(float), as eval-metrics.md §3.1 "Output of str(float)" states.
    [Theory]
    [InlineData(12.0, "12.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(12345678901234567890.0, "1.2345678901234567e+19")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(3.5, "3.5")]
    public void Float_repr_matches_python(double value, string expected)
    {
        Assert.Equal(expected, PythonFloat.Repr(value));
    }

    [Fact]
    public void Overflowing_number_becomes_inf_as_in_python()
    {
        Assert.True(PythonFloat.TryParseUnsigned("1e999", out var value));
        Assert.Equal("inf", PythonFloat.Repr(value));
    }

    [Fact]
    public void Python_whitespace_includes_information_separators()
    {
        Assert.Equal("x", PythonText.Strip("\u001Cx\u00A0"));
        Assert.Equal(["a", "b"], PythonText.Split(" a\u2028b\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("one")]
    [InlineData(" two  words\n")]
    [InlineData("a\u001Cb\u3000c ")]
    public void Word_count_equals_the_split_length(string text)
    {
        Assert.Equal(PythonText.Split(text).Count, PythonText.CountWords(text));
    }
}
