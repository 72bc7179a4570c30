namespace NovaForge.Runner.Local.Model;

/// <summary>
/// Answers prompts. A trained model scores its own vocabulary; the base model chooses uniformly among the candidates
/// it is given (the distinct reference responses of the data it is asked about). Randomness is seeded per prompt, so
/// an answer does not depend on which other prompts were asked or in what order.
/// </summary>
public static class Decoder
{
    public const string EndToken = "<|end|>";

    private const double Impossible = -9999;

    public static Answer Answer(LocalModel model, Prompt prompt, DecodingOptions options, ResponseVocabulary? candidates = null)
    {
        var responses = model.IsTrained ? model.Vocabulary : candidates;
        if (responses is null || responses.Count == 0)
        {
            throw new InvalidOperationException("the untrained local model answers only among candidate responses, and none were given");
        }

        var random = new Random(StableHash.Seed(options.Seed, prompt.Key));
        double[] probabilities;
        int choice;
        if (model.IsTrained)
        {
            var logits = model.Logits(model.Features(prompt));
            probabilities = PolicyMath.Softmax(logits);
            choice = options.Temperature <= 0 ? PolicyMath.Argmax(logits) : PolicyMath.Sample(PolicyMath.Sampling(logits, options.Temperature, options.TopK), random);
        }
        else
        {
            probabilities = [.. Enumerable.Repeat(1.0 / responses.Count, responses.Count)];
            choice = random.Next(responses.Count);
        }

        var tokens = responses.Tokens(choice);
        var truncated = options.MaxNewTokens is { } max && max >= 0 && tokens.Count > max;
        if (truncated)
        {
            tokens = [.. tokens.Take(options.MaxNewTokens!.Value)];
        }

        var logprobs = options.TopLogprobs > 0 ? TokenLogprobs(responses, probabilities, choice, tokens.Count, options.TopLogprobs) : null;
        return new Answer(string.Concat(tokens), tokens, probabilities[choice], truncated, logprobs);
    }

    /// <summary>
    /// Per-token log-probabilities implied by the response distribution: at each position, the probability of a next
    /// token is the mass of the responses that agree with the answer so far and continue with that token
    /// (<see cref="EndToken"/> for responses that end there).
    /// </summary>
    public static IReadOnlyList<TokenLogprob> TokenLogprobs(ResponseVocabulary responses, IReadOnlyList<double> probabilities, int choice, int length, int top)
    {
        var chosen = responses.Tokens(choice);
        var alive = Enumerable.Range(0, responses.Count).Where(r => probabilities[r] > 0 || r == choice).ToList();
        var result = new List<TokenLogprob>(length);
        for (var position = 0; position < length; position++)
        {
            var mass = new Dictionary<string, double>(StringComparer.Ordinal);
            double total = 0;
            foreach (var r in alive)
            {
                var tokens = responses.Tokens(r);
                var next = position < tokens.Count ? tokens[position] : EndToken;
                mass[next] = mass.GetValueOrDefault(next) + probabilities[r];
                total += probabilities[r];
            }

            var token = chosen[position];
            // Among equally likely tokens the one answered comes first, so that the top candidate of each position is
            // the generated token, as it is under greedy decoding (the base model's uniform choice is a tie-break).
            var alternatives = mass
                .OrderByDescending(m => m.Value)
                .ThenByDescending(m => m.Key == token)
                .ThenBy(m => m.Key, StringComparer.Ordinal)
                .Take(top)
                .Select(m => KeyValuePair.Create(m.Key, LogOf(m.Value, total)))
                .ToList();
            result.Add(new TokenLogprob(token, LogOf(mass[token], total), alternatives));
            alive = [.. alive.Where(r => responses.Tokens(r) is var tokens && position < tokens.Count && tokens[position] == token)];
        }

        return result;
    }

    /// <summary>Impossible tokens get -9999 (as vLLM reports them) rather than -infinity, which JSON cannot hold.</summary>
    private static double LogOf(double mass, double total) => total <= 0 || mass <= 0 ? Impossible : Math.Max(Impossible, Math.Log(mass / total));
}
