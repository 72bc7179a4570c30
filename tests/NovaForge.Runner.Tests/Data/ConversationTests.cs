using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>JSONL rows that are conversations already (no 'columns'): roles and their order checked, text passed on.</summary>
public sealed class ConversationTests : IDisposable
{
    private const string User = "{\"role\":\"user\",\"content\":[{\"text\":\"Hi\"}]}";
    private const string Assistant = "{\"role\":\"assistant\",\"content\":[{\"text\":\"Hello\"}]}";

    private readonly DataWorkspace workspace = new();

    [Fact]
    public void Valid_converse_rows_pass_through_with_the_schema_version()
    {
        var result = Prepare(SftConverseFormat.Instance, $"{{\"system\":[{{\"text\":\"Be brief.\"}}],\"messages\":[{User},{Assistant},{User},{Assistant}]}}", $"{{\"schemaVersion\":\"bedrock-conversation-2024\",\"system\":[{{\"text\":\"Be brief.\"}}],\"messages\":[{User},{Assistant}]}}");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            $"{{\"schemaVersion\":\"bedrock-conversation-2024\",\"system\":[{{\"text\":\"Be brief.\"}}],\"messages\":[{User},{Assistant},{User},{Assistant}]}}\n{{\"schemaVersion\":\"bedrock-conversation-2024\",\"system\":[{{\"text\":\"Be brief.\"}}],\"messages\":[{User},{Assistant}]}}\n",
            DataWorkspace.Read(result));
    }

    [Fact]
    public void Roles_out_of_order_are_reported_per_row()
    {
        var result = Prepare(
            SftConverseFormat.Instance,
            $"{{\"messages\":[{Assistant},{User}]}}",
            $"{{\"messages\":[{User},{User}]}}",
            $"{{\"messages\":[{User},{Assistant},{User}]}}",
            $"{{\"messages\":[{User}]}}",
            $"{{\"messages\":[{{\"role\":\"system\",\"content\":[{{\"text\":\"x\"}}]}},{Assistant}]}}");

        Assert.Equal(
            [
                "row 1: messages[0] has role 'assistant'; expected 'user'",
                "row 1: messages[1] has role 'user'; expected 'assistant'",
                "row 2: messages[1] has role 'user'; expected 'assistant'",
                "row 3: the last turn must be the assistant's",
                "row 4: messages needs a user turn and an assistant turn",
                "row 5: messages[0] has role 'system'; expected 'user'",
            ],
            result.Diagnostics.Select(d => d.Message));
        Assert.All(result.Diagnostics, d => Assert.Equal("NF5045", d.Code));
        Assert.Equal([1, 1, 2, 3, 4, 5], result.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void Content_must_be_non_empty_text_without_reserved_keywords_and_rows_have_no_other_keys()
    {
        var result = Prepare(
            SftConverseFormat.Instance,
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[{{\"image\":{{\"format\":\"png\"}}}}]}},{Assistant}]}}",
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[{{\"text\":\"  \"}}]}},{Assistant}]}}",
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[{{\"text\":\"Thought: hmm\"}}]}},{Assistant}]}}",
            $"{{\"schemaVersion\":\"v1\",\"extra\":1,\"messages\":[{User},{Assistant}]}}");

        Assert.Equal(
            [
                ("NF5047", "row 1: 'image' content is not supported by prepare; only text turns are"),
                ("NF5041", "row 2: 'messages[0].content' (column 'messages') is empty"),
                ("NF5043", "row 3: 'messages[0].content' (column 'messages') contains the reserved keyword 'Thought:'"),
                ("NF5046", "row 4: unexpected key 'extra' (a Converse row has schemaVersion, system and messages)"),
                ("NF5046", "row 4: schemaVersion must be 'bedrock-conversation-2024'"),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void Dpo_rows_need_one_preferred_and_one_non_preferred_candidate_in_the_last_turn()
    {
        const string Candidates = "{\"role\":\"assistant\",\"candidates\":[{\"content\":[{\"text\":\"good\"}],\"preferenceLabel\":\"preferred\"},{\"content\":[{\"text\":\"bad\"}],\"preferenceLabel\":\"non-preferred\"}]}";
        const string TwoPreferred = "{\"role\":\"assistant\",\"candidates\":[{\"content\":[{\"text\":\"good\"}],\"preferenceLabel\":\"preferred\"},{\"content\":[{\"text\":\"bad\"}],\"preferenceLabel\":\"preferred\"}]}";

        var result = PrepareFor("nova-pro", DpoConverseFormat.Instance, $"{{\"messages\":[{User},{Candidates}]}}", $"{{\"messages\":[{User},{TwoPreferred}]}}", $"{{\"messages\":[{User},{Assistant}]}}");

        Assert.Equal(
            ["row 2: messages[1].candidates must be one 'preferred' and one 'non-preferred' candidate", "row 3: messages[1], the last assistant turn, needs 'candidates' (preferred and non-preferred)"],
            result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Rft_rows_keep_their_keys_get_an_id_and_have_their_roles_checked()
    {
        var valid = DataWorkspace.Read(Prepare(RftFormat.Instance, "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\"}],\"reference_answer\":{\"a\":1},\"tools\":[]}"));
        var invalid = Prepare(
            RftFormat.Instance,
            "{\"id\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"system\",\"content\":\"S\"}]}",
            "{\"id\":\"y\",\"messages\":[{\"role\":\"assistant\",\"content\":\" \"}]}");

        Assert.Equal("{\"id\":\"1\",\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\"}],\"reference_answer\":{\"a\":1},\"tools\":[]}\n", valid);
        Assert.Equal(
            ["row 1: messages[1] is a system message; it must come first", "row 2: messages[0].content, when given, must be non-empty text", "row 2: messages has no user message"],
            invalid.Diagnostics.Select(d => d.Message));
    }

    public void Dispose() => workspace.Dispose();

    private PreparedDataset Prepare(IRowFormat format, params string[] lines) => PrepareFor("nova-lite-2", format, lines);

    private PreparedDataset PrepareFor(string model, IRowFormat format, params string[] lines)
    {
        workspace.Write("chats.jsonl", string.Join("\n", lines) + "\n");
        var pipeline = DataWorkspace.Pipeline(model, new() { ["chats"] = new DatasetDefinition { Source = "chats.jsonl" } });
        return workspace.PrepareDataset(pipeline, "chats", format);
    }
}
