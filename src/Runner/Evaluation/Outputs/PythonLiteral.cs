using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NovaForge.Runner.Evaluation.Outputs;

/// <summary>
/// Reads and writes the Python literals (<c>repr</c> of lists, dicts, strings and floats) that the Nova container
/// stores as strings: <c>inference</c> ("['text']"), and the details columns <c>predictions</c>, <c>gold</c>,
/// <c>metrics</c>, <c>pred_logprobs</c> and <c>specifics</c>.
/// </summary>
public static class PythonLiteral
{
    /// <summary>Parses a literal into JSON (tuples become arrays); null when the text is not a Python literal.</summary>
    public static JsonNode? TryParse(string text, out bool ok)
    {
        var parser = new Parser(text);
        try
        {
            var value = parser.ParseValue();
            parser.SkipSpace();
            ok = parser.AtEnd;
            return ok ? value : null;
        }
        catch (FormatException)
        {
            ok = false;
            return null;
        }
    }

    /// <summary>The strings of a list literal such as "['a', 'b']", or null when the text is not one.</summary>
    public static IReadOnlyList<string>? TryParseStringList(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('[') || !trimmed.EndsWith(']'))
        {
            return null;
        }

        return TryParse(trimmed, out var ok) is JsonArray array && ok && array.All(n => n is JsonValue v && v.TryGetValue<string>(out _))
            ? [.. array.Select(n => n!.GetValue<string>())]
            : null;
    }

    /// <summary>Python's <c>repr(str)</c>: single quotes unless the text holds a single quote and no double quote.</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (rune.Value == quote)
                    {
                        builder.Append('\\').Append(quote);
                    }
                    else if (IsPrintable(rune))
                    {
                        builder.Append(rune.ToString());
                    }
                    else
                    {
                        builder.Append(rune.Value switch
                        {
                            < 0x100 => string.Create(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}"),
                            < 0x10000 => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}"),
                            _ => string.Create(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}"),
                        });
                    }

                    break;
            }
        }

        return builder.Append(quote).ToString();
    }

    public static string ReprList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Repr)) + "]";

    public static string ReprDict(IEnumerable<KeyValuePair<string, double>> items) =>
        "{" + string.Join(", ", items.Select(p => $"{Repr(p.Key)}: {Text.PythonFloat.Repr(p.Value)}")) + "}";

    public static string ReprDict(IEnumerable<KeyValuePair<string, string>> items) =>
        "{" + string.Join(", ", items.Select(p => $"{Repr(p.Key)}: {Repr(p.Value)}")) + "}";

    /// <summary>Python's <c>str.isprintable</c>: everything but separators other than space, and control/format/unassigned characters.</summary>
    private static bool IsPrintable(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private sealed class Parser(string text)
    {
        private int position;

        public bool AtEnd => position >= text.Length;

        public void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        public JsonNode? ParseValue()
        {
            SkipSpace();
            if (AtEnd)
            {
                throw new FormatException("unexpected end");
            }

            return text[position] switch
            {
                '[' => ParseSequence(']'),
                '(' => ParseSequence(')'),
                '{' => ParseDict(),
                '\'' or '"' => JsonValue.Create(ParseString()),
                _ => ParseAtom(),
            };
        }

        private JsonArray ParseSequence(char close)
        {
            position++;
            var array = new JsonArray();
            while (true)
            {
                SkipSpace();
                if (Peek() == close)
                {
                    position++;
                    return array;
                }

                array.Add(ParseValue());
                SkipSpace();
                if (Peek() == ',')
                {
                    position++;
                }
                else if (Peek() != close)
                {
                    throw new FormatException("expected ',' or end of sequence");
                }
            }
        }

        private JsonObject ParseDict()
        {
            position++;
            var dict = new JsonObject();
            while (true)
            {
                SkipSpace();
                if (Peek() == '}')
                {
                    position++;
                    return dict;
                }

                var key = ParseValue();
                SkipSpace();
                Expect(':');
                var value = ParseValue();
                dict[key is JsonValue k && k.TryGetValue<string>(out var s) ? s : key?.ToJsonString() ?? "None"] = value;
                SkipSpace();
                if (Peek() == ',')
                {
                    position++;
                }
                else if (Peek() != '}')
                {
                    throw new FormatException("expected ',' or '}'");
                }
            }
        }

        private string ParseString()
        {
            var quote = text[position++];
            var builder = new StringBuilder();
            while (true)
            {
                var c = Next();
                if (c == quote)
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                var escape = Next();
                switch (escape)
                {
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case '0': builder.Append('\0'); break;
                    case 'x': builder.Append(char.ConvertFromUtf32(Hex(2))); break;
                    case 'u': builder.Append(char.ConvertFromUtf32(Hex(4))); break;
                    case 'U': builder.Append(char.ConvertFromUtf32(Hex(8))); break;
                    default: builder.Append(escape); break;
                }
            }
        }

        private int Hex(int digits)
        {
            if (position + digits > text.Length)
            {
                throw new FormatException("truncated escape");
            }

            var value = int.Parse(text.AsSpan(position, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            position += digits;
            return value;
        }

        private JsonNode? ParseAtom()
        {
            var start = position;
            while (position < text.Length && text[position] is not (',' or ']' or ')' or '}' or ':') && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var atom = text[start..position];
            return atom switch
            {
                "None" => null,
                "True" => JsonValue.Create(true),
                "False" => JsonValue.Create(false),
                "inf" or "-inf" or "nan" => JsonValue.Create(atom == "nan" ? double.NaN : atom == "inf" ? double.PositiveInfinity : double.NegativeInfinity),
                _ when long.TryParse(atom, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
                _ when double.TryParse(atom, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                _ => throw new FormatException($"unexpected '{atom}'"),
            };
        }

        private char Peek() => AtEnd ? throw new FormatException("unexpected end") : text[position];

        private char Next() => AtEnd ? throw new FormatException("unterminated string") : text[position++];

        private void Expect(char c)
        {
            if (Next() != c)
            {
                throw new FormatException($"expected '{c}'");
            }
        }
    }
}
