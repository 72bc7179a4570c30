using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NovaForge.Schema.Yaml;

/// <summary>
/// A path into a document: keys and sequence indexes, written <c>stages[2].overrides.lr</c>.
/// The same notation names a node in diagnostics, in JSON output and in <c>--set path=value</c>.
/// </summary>
public sealed partial class YamlPath : IEquatable<YamlPath>
{
    private readonly object[] segments;

    private YamlPath(object[] segments) => this.segments = segments;

    public static YamlPath Root { get; } = new([]);

    /// <summary>Each segment is a <see cref="string"/> key or an <see cref="int"/> index.</summary>
    public IReadOnlyList<object> Segments => segments;

    public bool IsRoot => segments.Length == 0;

    public YamlPath Key(string key) => new([.. segments, key]);

    public YamlPath Index(int index) => new([.. segments, index]);

    public YamlPath Parent => IsRoot ? this : new(segments[..^1]);

    public object? Last => IsRoot ? null : segments[^1];

    public static YamlPath Of(params object[] segments) => new(segments);

    /// <summary>Parses <c>a.b[2].c</c> and <c>a["odd.key"]</c>; returns null when the text is not a path.</summary>
    public static YamlPath? TryParse(string text)
    {
        var result = new List<object>();
        var position = 0;
        while (position < text.Length)
        {
            var match = SegmentPattern().Match(text, position);
            if (!match.Success || match.Index != position)
            {
                return null;
            }

            if (match.Groups["key"].Success)
            {
                result.Add(match.Groups["key"].Value);
            }
            else if (match.Groups["index"].Success)
            {
                result.Add(int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture));
            }
            else
            {
                result.Add(match.Groups["quoted"].Value);
            }

            position += match.Length;
            if (position < text.Length && text[position] == '.')
            {
                position++;
                if (position == text.Length)
                {
                    return null;
                }
            }
        }

        return result.Count == 0 ? null : new YamlPath([.. result]);
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                var key = (string)segment;
                if (PlainKeyPattern().IsMatch(key))
                {
                    if (builder.Length > 0)
                    {
                        builder.Append('.');
                    }

                    builder.Append(key);
                }
                else
                {
                    builder.Append("[\"").Append(key.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
                }
            }
        }

        return builder.ToString();
    }

    public bool Equals(YamlPath? other) => other is not null && segments.SequenceEqual(other.segments);

    public override bool Equals(object? obj) => Equals(obj as YamlPath);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    [GeneratedRegex("""\G(?:(?<key>[A-Za-z_][A-Za-z0-9_\-]*)|\[(?<index>[0-9]+)\]|\["(?<quoted>[^"]*)"\])""")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_\\-]*$")]
    private static partial Regex PlainKeyPattern();
}
