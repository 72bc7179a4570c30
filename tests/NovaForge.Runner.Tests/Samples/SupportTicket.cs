namespace NovaForge.Runner.Tests.Samples;

/// <summary>One generated service-desk ticket: a row of pipelines/data/support-tickets.csv.</summary>
public sealed record SupportTicket(string Id, string Ticket, string Category, string Answer, string Difficulty, string Domain, string Priority);
