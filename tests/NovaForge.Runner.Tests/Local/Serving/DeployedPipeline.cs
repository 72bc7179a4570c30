using NovaForge.Runner.Local.Endpoints;
using NovaForge.Runner.Local.Model;
using NovaForge.Runner.Local.Model.Training;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.Tests.Local.Model;
using NovaForge.Runner.Tests.Samples;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Serving;

/// <summary>
/// A local pipeline in a temporary folder whose deploy stage has run: a checkpoint behind the endpoint 'tickets',
/// trained to answer a ticket with "category: description" (several tokens, to see them stream).
/// </summary>
public sealed class DeployedPipeline : IDisposable
{
    public const string File = "tickets.yaml";

    private const string Yaml = """
        name: tickets
        model: nova-lite-2
        runtime: { kind: local }
        datasets:
          tickets:
            source: tickets.csv
            columns: { query: ticket, response: category }
        stages:
          - id: sft
            kind: sft
            dataset: tickets
          - id: deploy
            kind: deploy
            from: sft
            deploy: { endpoint_name: tickets }
        """;

    private static readonly Lazy<LocalModel> Model = new(() => SftTrainer.Train(
        LocalModel.Base,
        [.. TicketSplit.Default.Sft.Select(t => new SupervisedExample(TicketSplit.PromptOf(t), AnswerOf(t)))],
        new TrainingSettings { MaxSteps = 100, GlobalBatchSize = 32 },
        _ => { },
        null,
        default).WithHistory(new TrainingRecord("sft", "sft", 60, 42)));

    private readonly TemporaryDirectory directory = new();

    public DeployedPipeline(bool deployed = true)
    {
        directory.Write(File, Yaml.ReplaceLineEndings("\n"));
        directory.Write("tickets.csv", SupportTicketSampleGenerator.Generate(rows: 40));
        if (deployed)
        {
            var store = new LocalStore(Path.Combine(directory.Path, ".novaforge"));
            var checkpoint = Path.Combine(store.Jobs, "tickets-sft-1", "output", "checkpoint");
            Checkpoint.Save(Model.Value, checkpoint, "nova-lite-2");
            LocalEndpoints.Write(store, new LocalEndpoint
            {
                EndpointName = "tickets",
                Pipeline = "tickets",
                Stage = "deploy",
                Checkpoint = checkpoint,
                ModelId = LocalEndpoint.ModelIdFor("sft"),
                Created = DateTimeOffset.UnixEpoch,
            });
        }
    }

    public string Folder => directory.Path;

    /// <summary>A training ticket of the category, and the answer the model learned for it.</summary>
    public static (string Ticket, string Answer) Example(string category)
    {
        var ticket = TicketSplit.Default.Sft.First(t => t.Category == category && t.Difficulty == "easy");
        return (ticket.Ticket, AnswerOf(ticket));
    }

    private static string AnswerOf(SupportTicket ticket) =>
        ticket.Category + ": " + System.Text.Json.JsonDocument.Parse(ticket.Answer).RootElement.GetProperty("description").GetString();

    public void Dispose() => directory.Dispose();
}
