namespace NovaForge.Runner.Data.Sources;

/// <summary>
/// Where a field starts in the raw text of one CSV record, read the way the RFC 4180 parser reads it: a quote opens a
/// quoted field only at the field's start, a doubled quote inside stays in it, line breaks inside quotes belong to the
/// field. Used only to locate problems, so it runs on the rare record that has one.
/// </summary>
public static class CsvFieldStart
{
    /// <summary>
    /// The line (0 for the record's first) and 1-based character column of field <paramref name="position"/>; past the
    /// last field, the place just after the record's content.
    /// </summary>
    public static (int Line, int Column) Find(string raw, int position, string delimiter, char quote = '"')
    {
        var field = 0;
        var line = 0;
        var lineStart = 0;
        var quoted = false;
        var atFieldStart = true;
        var i = 0;
        while (i < raw.Length && field < position)
        {
            var c = raw[i];
            if (c is '\r' or '\n')
            {
                if (!quoted)
                {
                    break;
                }

                i += c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                line++;
                lineStart = i;
                atFieldStart = false;
                continue;
            }

            if (quoted)
            {
                var doubled = c == quote && i + 1 < raw.Length && raw[i + 1] == quote;
                quoted = c != quote || doubled;
                i += doubled ? 2 : 1;
                continue;
            }

            if (raw.AsSpan(i).StartsWith(delimiter, StringComparison.Ordinal))
            {
                field++;
                i += delimiter.Length;
                atFieldStart = true;
                continue;
            }

            quoted = atFieldStart && c == quote;
            atFieldStart = false;
            i++;
        }

        return (line, i - lineStart + 1);
    }
}
