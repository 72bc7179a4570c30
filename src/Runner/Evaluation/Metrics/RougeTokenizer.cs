using System.Text;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// rouge_score's default tokenizer (eval-metrics.md §8): lowercase, every run of characters outside [a-z0-9] separates
/// tokens, no stemming. Non-Latin text yields no tokens.
/// </summary>
public static class RougeTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
