using System.Text.Json.Nodes;
using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.Tests.Samples;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Executors;

/// <summary>A local store in a temporary folder, prepared ticket files in each row format, and job contexts to run executors directly.</summary>
public sealed class LocalJobFixture : IDisposable
{
    private readonly TemporaryDirectory directory = new();
    private int jobs;

    public LocalJobFixture()
    {
        Store = new LocalStore(Path.Combine(directory.Path, ".novaforge"));
    }

    public LocalStore Store { get; }

    public string Folder => directory.Path;

    public (LocalJobContext Context, TestJobLog Log) Job(JobRequest request)
    {
        var job = Store.JobDirectory(request.JobName + "-" + Interlocked.Increment(ref jobs));
        Directory.CreateDirectory(Path.Combine(job, "output"));
        var log = new TestJobLog();
        return (new LocalJobContext { Request = request, JobDirectory = job, OutputDirectory = Path.Combine(job, "output"), Store = Store, Log = log }, log);
    }

    public static JobRequest Request(string kind, string input = "base", IReadOnlyList<PreparedData>? data = null) => new()
    {
        JobName = "tickets-" + kind,
        Pipeline = "tickets",
        StageId = kind,
        Kind = kind,
        Model = "nova-lite-2",
        InputModel = input,
        Data = data ?? [],
        InstanceType = "ml.p5.48xlarge",
        InstanceCount = 4,
    };

    public PreparedData Sft(IEnumerable<SupportTicket> tickets) => Write("train", "sft", tickets.Select(t => new JsonObject
    {
        ["schemaVersion"] = "bedrock-conversation-2024",
        ["system"] = new JsonArray(new JsonObject { ["text"] = SupportTicketSampleGenerator.SystemPrompt }),
        ["messages"] = new JsonArray(
            new JsonObject { ["role"] = "user", ["content"] = new JsonArray(new JsonObject { ["text"] = t.Ticket }) },
            new JsonObject { ["role"] = "assistant", ["content"] = new JsonArray(new JsonObject { ["text"] = t.Category }) }),
    }));

    public PreparedData Rft(IEnumerable<SupportTicket> tickets) => Write("train", "rft", tickets.Select(t => new JsonObject
    {
        ["id"] = t.Id,
        ["messages"] = new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = SupportTicketSampleGenerator.SystemPrompt },
            new JsonObject { ["role"] = "user", ["content"] = t.Ticket }),
        ["reference_answer"] = t.Category,
    }));

    public PreparedData GenQa(IEnumerable<SupportTicket> tickets, bool json = false) => Write("eval", json ? "eval-json" : "eval", tickets.Select(t => new JsonObject
    {
        ["query"] = t.Ticket,
        ["response"] = json ? t.Answer : t.Category,
        ["system"] = json ? SupportTicketSampleGenerator.JsonSystemPrompt : SupportTicketSampleGenerator.SystemPrompt,
        ["metadata"] = new JsonObject { ["difficulty"] = t.Difficulty, ["domain"] = t.Domain, ["priority"] = t.Priority }.ToJsonString(),
    }));

    public PreparedData Write(string channel, string name, IEnumerable<JsonObject> rows)
    {
        var lines = rows.Select(r => r.ToJsonString()).ToList();
        var path = directory.Write(Path.Combine("prepared", name + ".jsonl"), string.Join('\n', lines) + "\n");
        return new PreparedData { Channel = channel, Dataset = "tickets." + name, Location = path, Rows = lines.Count, Sha256 = "sha256:test" };
    }

    public void Dispose() => directory.Dispose();
}
