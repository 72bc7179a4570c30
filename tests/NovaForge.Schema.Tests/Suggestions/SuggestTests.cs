using NovaForge.Schema.Diagnostics;

namespace NovaForge.Schema.Tests.Suggestions;

public sealed class SuggestTests
{
    [Theory]
    [InlineData("lrr", "lr")]
    [InlineData("max_step", "max_steps")]
    [InlineData("warmup", "warmup_steps")]
    [InlineData("bedrock", "bedrock-on-demand")]
    [InlineData("nova-lite3", "nova-lite")]
    public void Suggests_the_near_or_containing_name(string typed, string expected)
    {
        var suggestions = Suggest.Closest(typed, ["lr", "max_steps", "warmup_steps", "eps", "bedrock-on-demand", "nova-lite", "beta"]);

        Assert.Equal(expected, suggestions.First());
    }

    [Theory]
    [InlineData("max_steps", "eps")]
    [InlineData("learning_rate", "lr")]
    [InlineData("alphabet", "beta")]
    public void A_chance_substring_is_not_a_suggestion(string typed, string candidate)
    {
        var suggestions = Suggest.Closest(typed, [candidate]);

        Assert.Empty(suggestions);
    }
}
