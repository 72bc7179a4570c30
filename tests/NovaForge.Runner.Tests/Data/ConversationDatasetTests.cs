using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Data;

/// <summary>
/// A dataset without 'columns' whose JSONL rows are conversations already is valid for stages whose rows can be
/// conversations, through validate, prepare and run; each row is checked when it is prepared.
/// </summary>
public sealed class ConversationDatasetTests : IDisposable
{
    private const string Pipeline = """
        name: chats
        model: nova-lite-2
        datasets:
          chats:
            source: chats.jsonl
          questions:
            source: questions.jsonl
        stages:
          - id: sft
            kind: sft
            dataset: chats
            overrides: { global_batch_size: 32 }
          - id: rft
            kind: rft
            from: sft
            dataset: questions
            rft: { reward: { builtin: exact_label } }
            overrides: { global_batch_size: 32 }
        """;

    private readonly DataWorkspace workspace = new();

    public ConversationDatasetTests()
    {
        workspace.Write("pipeline.yaml", Pipeline);
        workspace.Write("chats.jsonl", Rows(32, i => $"{{\"system\":[{{\"text\":\"Answer yes or no.\"}}],\"messages\":[{{\"role\":\"user\",\"content\":[{{\"text\":\"Is {i} even?\"}}]}},{{\"role\":\"assistant\",\"content\":[{{\"text\":\"{(i % 2 == 0 ? "yes" : "no")}\"}}]}}]}}"));
        workspace.Write("questions.jsonl", Rows(32, i => $"{{\"id\":\"q{i}\",\"messages\":[{{\"role\":\"developer\",\"content\":\"Answer yes or no.\"}},{{\"role\":\"user\",\"content\":\"Is {i} even?\"}}],\"reference_answer\":\"{(i % 2 == 0 ? "yes" : "no")}\"}}"));
    }

    [Fact]
    public async Task Conversation_rows_without_columns_validate_and_run_to_submission()
    {
        var validate = await CliRunner.RunAsync(workspace.Directory, "validate", "pipeline.yaml");
        var run = await CliRunner.RunAsync(workspace.Directory, "run", "pipeline.yaml", "--dry-run");

        Assert.Equal((0, string.Empty), (validate.ExitCode, validate.Error));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Dry run complete: nothing was submitted.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_passes_the_conversations_on_in_the_stage_format()
    {
        var result = await CliRunner.RunAsync(workspace.Directory, "prepare", "pipeline.yaml");

        Assert.Equal(0, result.ExitCode);
        var prepared = Path.Combine(workspace.Directory, ".novaforge", "prepared");
        Assert.StartsWith("{\"schemaVersion\":\"bedrock-conversation-2024\",\"system\":[{\"text\":\"Answer yes or no.\"}],\"messages\":[", File.ReadLines(Path.Combine(prepared, "sft.jsonl")).First(), StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"q0\",\"messages\":[{\"role\":\"system\",\"content\":\"Answer yes or no.\"},{\"role\":\"user\",\"content\":\"Is 0 even?\"}],\"reference_answer\":\"yes\"}", File.ReadLines(Path.Combine(prepared, "rft.jsonl")).First());
    }

    [Fact]
    public async Task A_bad_conversation_row_stops_the_run_with_its_line()
    {
        workspace.Write("chats.jsonl", File.ReadAllText(Path.Combine(workspace.Directory, "chats.jsonl")) + "{\"messages\":[{\"role\":\"assistant\",\"content\":[{\"text\":\"yes\"}]},{\"role\":\"user\",\"content\":[{\"text\":\"Is 32 even?\"}]}]}\n");

        var result = await CliRunner.RunAsync(workspace.Directory, "run", "pipeline.yaml", "--dry-run");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chats.jsonl(33,1): error NF5045: row 33: messages[0] has role 'assistant'; expected 'user'", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_that_are_neither_conversations_nor_named_fields_are_reported_by_validate()
    {
        workspace.Write("chats.jsonl", "{\"prompt\":\"Is 1 even?\",\"completion\":\"no\"}\n");

        var result = await CliRunner.RunAsync(workspace.Directory, "validate", "pipeline.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pipeline.yaml(5,13): error NF3029: dataset 'chats' has no 'columns', and the first rows of 'chats.jsonl' have neither 'query' nor 'messages' (a conversation), which stage 'sft' needs the prompts", result.Output + result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();

    private static string Rows(int count, Func<int, string> row) => string.Concat(Enumerable.Range(0, count).Select(i => row(i) + "\n"));
}
