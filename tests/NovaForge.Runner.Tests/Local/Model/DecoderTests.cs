using NovaForge.Runner.Local.Model;

namespace NovaForge.Runner.Tests.Local.Model;

public sealed class DecoderTests
{
    [Fact]
    public void Token_logprobs_are_the_marginals_of_the_response_distribution()
    {
        var responses = new ResponseVocabulary(["network", "network issue", "access"]);

        var logprobs = Decoder.TokenLogprobs(responses, [0.5, 0.3, 0.2], choice: 1, length: 2, top: 3);

        // First token: "network" carries 0.5 + 0.3, "access" 0.2. Second: of the 0.8 left, 0.3 continues with " issue".
        Assert.Equal("network", logprobs[0].Token);
        Assert.Equal(Math.Log(0.8), logprobs[0].Logprob, 12);
        Assert.Equal(["network", "access"], logprobs[0].Top.Select(t => t.Key));
        Assert.Equal(" issue", logprobs[1].Token);
        Assert.Equal(Math.Log(0.3 / 0.8), logprobs[1].Logprob, 12);
        Assert.Equal([Decoder.EndToken, " issue"], logprobs[1].Top.Select(t => t.Key));
    }

    [Fact]
    public void Among_equally_likely_tokens_the_answered_one_is_the_top_candidate()
    {
        var candidates = ResponseVocabulary.Build(["access", "hardware", "network", "software"]);
        var prompts = Enumerable.Range(0, 40).Select(i => new Prompt(null, $"ticket {i}")).ToList();

        var answers = prompts.Select(p => Decoder.Answer(LocalModel.Base, p, new DecodingOptions { Seed = 3, TopLogprobs = 4 }, candidates)).ToList();

        Assert.True(answers.Select(a => a.Text).Distinct().Count() > 1);
        Assert.All(answers, a => Assert.Equal(a.Logprobs![0].Token, a.Logprobs[0].Top[0].Key));
        Assert.All(answers, a => Assert.Equal(Math.Log(0.25), a.Logprobs![0].Top[0].Value, 12));
    }

    [Fact]
    public void Base_model_chooses_uniformly_among_candidates_with_a_seed_per_prompt()
    {
        var candidates = ResponseVocabulary.Build(["a", "b", "c", "d"]);
        var prompts = Enumerable.Range(0, 4000).Select(i => new Prompt(null, $"question {i}")).ToList();

        var answers = prompts.Select(p => Decoder.Answer(LocalModel.Base, p, new DecodingOptions { Seed = 3 }, candidates).Text).ToList();
        var again = prompts.AsEnumerable().Reverse().Select(p => Decoder.Answer(LocalModel.Base, p, new DecodingOptions { Seed = 3 }, candidates).Text).Reverse().ToList();

        Assert.Equal(answers, again);
        Assert.All(answers.GroupBy(a => a), g => Assert.InRange(g.Count(), 900, 1100));
    }

    [Fact]
    public void Answers_stop_at_max_new_tokens()
    {
        var candidates = ResponseVocabulary.Build(["the screen is broken"]);

        var answer = Decoder.Answer(LocalModel.Base, new Prompt(null, "q"), new DecodingOptions { MaxNewTokens = 2 }, candidates);

        Assert.Equal("the screen", answer.Text);
        Assert.True(answer.Truncated);
    }

    [Fact]
    public void Sampling_keeps_only_the_top_k_and_temperature_zero_is_greedy()
    {
        double[] logits = [2.0, 1.0, 0.5, -1.0];

        var topTwo = PolicyMath.Sampling(logits, temperature: 1, topK: 2);
        var greedy = PolicyMath.Sampling(logits, temperature: 0, topK: 0);

        Assert.Equal(0, topTwo[2]);
        Assert.Equal(0, topTwo[3]);
        Assert.Equal(1, topTwo[0] + topTwo[1], 12);
        Assert.Equal([1.0, 0, 0, 0], greedy);
    }

    [Fact]
    public void Tokens_concatenate_back_to_the_response()
    {
        const string text = "{\"class\": \"network\", \"thought\": \"VPN drops\"}  ";

        Assert.Equal(text, string.Concat(ResponseTokenizer.Tokenize(text)));
    }
}
