using System.Globalization;
using System.Text;

namespace NovaForge.Runner.Evaluation.Text;

/// <summary>
/// The parts of Python's <c>float(text)</c> and <c>repr(float)</c> that <see cref="HelmNormalizer"/> needs
/// (eval-metrics.md §3.1): after punctuation removal only digit strings, digits-e-digits, inf, infinity and nan parse.
/// </summary>
public static class PythonFloat
{
    /// <summary>
    /// Parses what Python's <c>float()</c> accepts from text without signs, points or underscores, by CPython's steps:
    /// a string with a non-ASCII character is first transformed code point by code point (ASCII kept as it is, Unicode
    /// whitespace to a space, a decimal digit of any script, '𝟏' included, to its ASCII digit, anything else makes it
    /// invalid); then ASCII whitespace (space, \t \n \v \f \r) is stripped, so U+001C–U+001F, which
    /// <c>str.strip()</c> removes, are not, and "\x1c12" is no number; what is left must be inf, infinity, nan (ASCII,
    /// any case) or digits with at most one inner exponent 'e'.
    /// </summary>
    public static bool TryParseUnsigned(string text, out double value)
    {
        value = 0;
        if (AsciiForm(text) is not { } ascii)
        {
            return false;
        }

        var trimmed = ascii.AsSpan().Trim(" \t\n\v\f\r");
        if (Ascii.EqualsIgnoreCase(trimmed, "inf") || Ascii.EqualsIgnoreCase(trimmed, "infinity"))
        {
            value = double.PositiveInfinity;
            return true;
        }

        if (Ascii.EqualsIgnoreCase(trimmed, "nan"))
        {
            value = double.NaN;
            return true;
        }

        var exponent = trimmed.IndexOfAny('e', 'E');
        if (trimmed.Length == 0 || exponent == 0 || exponent == trimmed.Length - 1
            || (exponent > 0 && trimmed[(exponent + 1)..].IndexOfAnyExceptInRange('0', '9') >= 0)
            || trimmed[..(exponent < 0 ? trimmed.Length : exponent)].IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        // .NET returns infinity on overflow, as Python does ("1e999" -> inf).
        value = double.Parse(trimmed, NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>CPython's <c>_PyUnicode_TransformDecimalAndSpaceToASCII</c>; null where it writes its invalid marker.</summary>
    private static string? AsciiForm(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var ascii = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            int length;
            if (c < 127)
            {
                ascii.Append(c);
                length = 1;
            }
            else if (PythonText.IsWhiteSpace(c))
            {
                ascii.Append(' ');
                length = 1;
            }
            else if (CharUnicodeInfo.GetDecimalDigitValue(text, i) is var digit and >= 0)
            {
                ascii.Append((char)('0' + digit));
                length = char.IsHighSurrogate(c) ? 2 : 1;
            }
            else
            {
                return null;
            }

            i += length;
        }

        return ascii.ToString();
    }

    /// <summary>
    /// Python's <c>repr(float)</c>: the shortest round-trip digits, fixed notation with at least ".0" when the decimal
    /// point position is in (-4, 16], otherwise <c>d.ddde+XX</c> with at least two exponent digits.
    /// </summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : string.Empty;
        var (digits, point) = ShortestDigits(Math.Abs(value));
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        if (point > -4 && point <= 16)
        {
            if (point <= 0)
            {
                return sign + "0." + new string('0', -point) + digits;
            }

            return point >= digits.Length
                ? sign + digits + new string('0', point - digits.Length) + ".0"
                : sign + digits[..point] + "." + digits[point..];
        }

        var exponent = point - 1;
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
    }

    /// <summary>The significant digits and the decimal point position (value = 0.DIGITS × 10^point).</summary>
    private static (string Digits, int Point) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerLength = dot < 0 ? text.Length : dot;
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = integerLength + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0').TrimEnd('0');
        return (digits, point - leadingZeros);
    }
}
