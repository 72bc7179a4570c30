using NovaForge.Runner.Evaluation.Text;

namespace NovaForge.Runner.Evaluation.Metrics;

/// <summary>
/// rouge_score's default tokenizer (eval-metrics.md §8): Python's lowercase (so 'İ' becomes "i" and a combining dot,
/// which separates), every run of characters outside [a-z0-9] separates tokens, no stemming. Non-Latin text yields no
/// tokens.
/// </summary>
public static class RougeTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var lower = PythonCase.Lower(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inToken = i < lower.Length && lower[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                tokens.Add(lower[start..i]);
                start = -1;
            }
        }

        return tokens;
    }
}
