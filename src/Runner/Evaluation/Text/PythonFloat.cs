using System.Globalization;
using System.Text;

namespace NovaForge.Runner.Evaluation.Text;

/// <summary>
/// The parts of Python's <c>float(text)</c> and <c>repr(float)</c> that <see cref="HelmNormalizer"/> needs
/// (eval-metrics.md §3.1): after punctuation removal only digit strings, digits-e-digits, inf, infinity and nan parse.
/// </summary>
public static class PythonFloat
{
    /// <summary>Parses what Python's <c>float()</c> accepts from text without signs, points or underscores.</summary>
    public static bool TryParseUnsigned(string text, out double value)
    {
        value = 0;
        var trimmed = PythonText.Strip(text);
        if (trimmed.Length == 0)
        {
            return false;
        }

        switch (trimmed.ToLowerInvariant())
        {
            case "inf" or "infinity":
                value = double.PositiveInfinity;
                return true;
            case "nan":
                value = double.NaN;
                return true;
        }

        var ascii = new StringBuilder(trimmed.Length);
        var exponentAt = -1;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is 'e' or 'E' && exponentAt < 0 && i > 0 && i < trimmed.Length - 1)
            {
                exponentAt = i;
                ascii.Append('e');
                continue;
            }

            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return false;
            }

            ascii.Append((char)('0' + digit));
        }

        // .NET returns infinity on overflow, as Python does ("1e999" -> inf).
        value = double.Parse(ascii.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
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
