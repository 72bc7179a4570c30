using System.Text.RegularExpressions;

namespace NovaForge.Runner.Local.Model;

/// <summary>
/// Turns a prompt into hashed word and word-pair features of its system prompt and query (the hashing trick):
/// no vocabulary to store, any text maps to a fixed space. Words are lowercase runs of letters and digits; a pair is
/// two adjacent words of the same text. Each distinct feature counts once, weighted by the inverse document frequency
/// continued pre-training measured (1 without it), and the vector is L2-normalized so long and short prompts weigh alike.
/// </summary>
public static partial class FeatureHasher
{
    public const int Bits = 16;

    public const int Space = 1 << Bits;

    public static SparseFeatures Features(Prompt prompt, FeatureStatistics? statistics = null)
    {
        var weights = new Dictionary<int, float>();
        if (!string.IsNullOrEmpty(prompt.System))
        {
            AddText(weights, prompt.System);
        }

        AddText(weights, prompt.Query);
        var indices = weights.Keys.Order().ToArray();
        var values = new float[indices.Length];
        double norm = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            var value = statistics?.Weight(indices[i]) ?? 1f;
            values[i] = value;
            norm += value * value;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return new SparseFeatures(indices, values);
    }

    /// <summary>The hashed indices of a text's words and word pairs, each once, in order of first appearance.</summary>
    public static IEnumerable<int> TextFeatures(string text)
    {
        var seen = new HashSet<int>();
        string? previous = null;
        foreach (var word in Words(text))
        {
            if (seen.Add(WordIndex(word)))
            {
                yield return WordIndex(word);
            }

            if (previous is not null && seen.Add(PairIndex(previous, word)))
            {
                yield return PairIndex(previous, word);
            }

            previous = word;
        }
    }

    public static IEnumerable<string> Words(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return match.Value.ToLowerInvariant();
        }
    }

    public static int WordIndex(string word) => (int)(StableHash.Add(StableHash.Of("w"), word) & (Space - 1));

    private static int PairIndex(string first, string second) => (int)(StableHash.Of("p" + first, second) & (Space - 1));

    private static void AddText(Dictionary<int, float> weights, string text)
    {
        foreach (var index in TextFeatures(text))
        {
            weights[index] = 1f;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
