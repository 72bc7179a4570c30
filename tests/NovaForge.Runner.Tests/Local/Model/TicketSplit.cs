using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Tests.Samples;

namespace NovaForge.Runner.Tests.Local.Model;

/// <summary>The generated support tickets split as the example pipeline splits them (800 SFT, 400 eval, 400 RFT), in a fixed shuffled order.</summary>
public sealed class TicketSplit
{
    private TicketSplit(IReadOnlyList<SupportTicket> sft, IReadOnlyList<SupportTicket> eval, IReadOnlyList<SupportTicket> rft)
    {
        Sft = sft;
        Eval = eval;
        Rft = rft;
    }

    public static TicketSplit Default { get; } = Create();

    public IReadOnlyList<SupportTicket> Sft { get; }

    public IReadOnlyList<SupportTicket> Eval { get; }

    public IReadOnlyList<SupportTicket> Rft { get; }

    public static Prompt PromptOf(SupportTicket ticket) => new(SupportTicketSampleGenerator.SystemPrompt, ticket.Ticket);

    private static TicketSplit Create()
    {
        var shuffled = SupportTicketSampleGenerator.Tickets().OrderBy(t => StableHash.Of(t.Id)).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        return new TicketSplit([.. shuffled.Take(800)], [.. shuffled.Skip(800).Take(400)], [.. shuffled.Skip(1200)]);
    }
}
