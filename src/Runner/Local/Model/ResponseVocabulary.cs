namespace NovaForge.Runner.Local.Model;

/// <summary>
/// The responses the local model can give: the distinct reference responses of its training data, most frequent
/// first, capped. A reference outside the vocabulary (free-text tasks) is mapped to the closest known response by
/// word-overlap F1, so the model still learns the nearest answer it can give.
/// </summary>
public sealed class ResponseVocabulary
{
    public const int DefaultCapacity = 256;

    private readonly Dictionary<string, int> indexByKey;
    private readonly List<HashSet<string>> words;
    private readonly List<IReadOnlyList<string>> tokens;

    public ResponseVocabulary(IReadOnlyList<string> responses)
    {
        Responses = responses;
        indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        words = [];
        tokens = [];
        foreach (var response in responses)
        {
            indexByKey.TryAdd(Key(response), indexByKey.Count);
            words.Add([.. FeatureHasher.Words(response)]);
            tokens.Add(ResponseTokenizer.Tokenize(response));
        }
    }

    public static ResponseVocabulary Empty { get; } = new([]);

    public IReadOnlyList<string> Responses { get; }

    public int Count => Responses.Count;

    public string this[int index] => Responses[index];

    /// <summary>The response's tokens as <see cref="ResponseTokenizer"/> splits them (computed once).</summary>
    public IReadOnlyList<string> Tokens(int index) => tokens[index];

    /// <summary>A vocabulary of the most frequent distinct references (ties: first seen first), at most <paramref name="capacity"/>.</summary>
    public static ResponseVocabulary Build(IEnumerable<string> references, int capacity = DefaultCapacity) => Empty.Extend(references, capacity);

    /// <summary>This vocabulary followed by the most frequent new references, up to <paramref name="capacity"/> in all.</summary>
    public ResponseVocabulary Extend(IEnumerable<string> references, int capacity = DefaultCapacity)
    {
        var counts = new Dictionary<string, (string Text, int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var reference in references)
        {
            var key = Key(reference);
            if (key.Length == 0 || indexByKey.ContainsKey(key))
            {
                continue;
            }

            counts[key] = counts.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + 1 } : (reference.Trim(), 1, position);
            position++;
        }

        var added = counts.Values.OrderByDescending(c => c.Count).ThenBy(c => c.First).Select(c => c.Text).Take(Math.Max(0, capacity - Count));
        return new ResponseVocabulary([.. Responses, .. added]);
    }

    /// <summary>The index of exactly this response (ignoring surrounding whitespace), or -1.</summary>
    public int IndexOf(string response) => indexByKey.TryGetValue(Key(response), out var index) ? index : -1;

    /// <summary>The index of this response, or of the known response sharing most words with it (ties: the more frequent).</summary>
    public int Closest(string text)
    {
        var exact = IndexOf(text);
        if (exact >= 0 || Count == 0)
        {
            return exact;
        }

        var target = FeatureHasher.Words(text).ToHashSet();
        var best = 0;
        var bestScore = -1.0;
        for (var i = 0; i < Count; i++)
        {
            var score = OverlapF1(target, words[i]);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    private static double OverlapF1(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    private static string Key(string response) => response.Trim();
}
