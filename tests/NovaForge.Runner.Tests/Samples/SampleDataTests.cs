using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Samples;

public sealed class SampleDataTests
{
    [Fact]
    public void Committed_stack_overflow_sample_is_what_the_generator_writes() =>
        AssertCommitted(RepositoryPaths.InRepository("pipelines", "data", "stack-overflow-questions.csv"), StackOverflowSampleGenerator.Generate());

    [Fact]
    public void Committed_support_ticket_sample_is_what_the_generator_writes() =>
        AssertCommitted(RepositoryPaths.InRepository("pipelines", "data", "support-tickets.csv"), SupportTicketSampleGenerator.Generate());

    [Fact]
    public void Support_tickets_cover_every_category_evenly_with_varied_texts()
    {
        var tickets = SupportTicketSampleGenerator.Tickets();

        var perCategory = tickets.GroupBy(t => t.Category).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(SupportTicketSampleGenerator.Categories.Order(StringComparer.Ordinal), perCategory.Keys.Order(StringComparer.Ordinal));
        Assert.All(perCategory.Values, count => Assert.InRange(count, 360, 440));
        Assert.True(tickets.Select(t => t.Ticket).Distinct(StringComparer.Ordinal).Count() > tickets.Count * 0.95, "tickets should rarely repeat word for word");
        Assert.Equal(["easy", "hard", "medium"], tickets.Select(t => t.Difficulty).Distinct().Order(StringComparer.Ordinal));
    }

    private static void AssertCommitted(string path, string expected)
    {
        if (Golden.Updating)
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }
}
