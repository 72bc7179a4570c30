using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>JSONL rows that are Converse conversations already (no 'columns'): the SDK's SFT checks, located, and the rows passed on.</summary>
public sealed class ConverseRowTests : IDisposable
{
    private const string User = "{\"role\":\"user\",\"content\":[{\"text\":\"Hi\"}]}";
    private const string Assistant = "{\"role\":\"assistant\",\"content\":[{\"text\":\"Hello\"}]}";
    private const string Reasoned = "{\"role\":\"assistant\",\"content\":[{\"reasoningContent\":{\"reasoningText\":{\"text\":\"They greet me.\"}}},{\"text\":\"Hello\"}]}";
    private const string Tools = "\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"weather\",\"description\":\"Weather in a city\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}}]}";
    private const string Call = "{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t1\",\"name\":\"weather\",\"input\":{\"city\":\"Paris\"}}}]}";
    private const string Answer = "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t1\",\"content\":[{\"json\":{\"celsius\":21}}]}}]}";

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
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[{{\"cachePoint\":{{}}}}]}},{Assistant}]}}",
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[{{\"text\":\"  \"}}]}},{Assistant}]}}",
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[{{\"text\":\"Thought: hmm\"}}]}},{Assistant}]}}",
            $"{{\"schemaVersion\":\"v1\",\"extra\":1,\"messages\":[{User},{Assistant}]}}",
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":[\"Hi\"]}},{Assistant}]}}");

        Assert.Equal(
            [
                ("NF5046", "row 1: messages[0].content[0] holds 'cachePoint'; a content block holds text, image, video, document, reasoningContent, toolUse or toolResult"),
                ("NF5041", "row 2: 'messages[0].content' (column 'messages') is empty"),
                ("NF5043", "row 3: 'messages[0].content[0].text' (column 'messages') contains the reserved keyword 'Thought:'"),
                ("NF5046", "row 4: unexpected key 'extra' (a Converse row has schemaVersion, system, toolConfig and messages)"),
                ("NF5046", "row 4: schemaVersion must be 'bedrock-conversation-2024'"),
                ("NF5046", "row 5: messages[0].content[0] is text, not a block such as {\"text\": ...}"),
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
    public void Reasoning_in_assistant_turns_passes_on_nova_lite_2()
    {
        var row = $"{{\"messages\":[{User},{Reasoned}]}}";

        var result = Prepare(SftConverseFormat.Instance, row);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal($"{{\"schemaVersion\":\"bedrock-conversation-2024\",\"messages\":[{User},{Reasoned}]}}\n", DataWorkspace.Read(result));
    }

    [Fact]
    public void Reasoning_is_for_assistant_turns_of_nova_lite_2_and_not_blank()
    {
        const string UserReasoning = "{\"role\":\"user\",\"content\":[{\"reasoningContent\":{\"reasoningText\":{\"text\":\"hmm\"}}},{\"text\":\"Hi\"}]}";
        const string BlankReasoning = "{\"role\":\"assistant\",\"content\":[{\"reasoningContent\":{\"reasoningText\":{\"text\":\" \"}}},{\"text\":\"Hello\"}]}";

        var onNova1 = PrepareFor("nova-lite", SftConverseFormat.Instance, $"{{\"messages\":[{User},{Reasoned}]}}");
        var misplaced = Prepare(SftConverseFormat.Instance, $"{{\"messages\":[{UserReasoning},{Reasoned}]}}", $"{{\"messages\":[{User},{BlankReasoning}]}}");

        Assert.Equal(
            [("NF5049", "row 1: messages[1].content has reasoningContent, which is for nova-lite-2; the pipeline's model is 'nova-lite'")],
            onNova1.Diagnostics.Select(d => (d.Code, d.Message)));
        Assert.Equal(
            [
                ("NF5046", "row 1: messages[0].content has reasoningContent; it belongs in assistant turns"),
                ("NF5041", "row 2: 'messages[1].content[0].reasoningContent.reasoningText.text' (column 'messages') is empty"),
            ],
            misplaced.Diagnostics.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void Tool_calls_and_results_declared_in_tool_config_pass_with_the_tool_config()
    {
        var row = $"{{{Tools},\"messages\":[{User},{Call},{Answer},{Assistant}]}}";

        var result = Prepare(SftConverseFormat.Instance, row);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal($"{{\"schemaVersion\":\"bedrock-conversation-2024\",{Tools},\"messages\":[{User},{Call},{Answer},{Assistant}]}}\n", DataWorkspace.Read(result));
    }

    [Fact]
    public void Tool_calls_must_name_declared_tools_with_unique_ids_and_be_answered_once_in_a_later_user_turn()
    {
        const string Unknown = "{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t1\",\"name\":\"stocks\",\"input\":{}}}]}";
        const string Twice = "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t1\",\"content\":[{\"text\":\"21\"}]}},{\"toolResult\":{\"toolUseId\":\"t1\",\"content\":[{\"text\":\"21\"}]}}]}";
        const string Orphan = "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t9\",\"content\":[{\"text\":\"?\"}]}}]}";
        const string CallInUserTurn = "{\"role\":\"user\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t2\",\"name\":\"weather\",\"input\":{}}}]}";

        var result = Prepare(
            SftConverseFormat.Instance,
            $"{{{Tools},\"messages\":[{User},{Unknown},{Twice},{Assistant}]}}",
            $"{{{Tools},\"messages\":[{Orphan},{Call},{User},{Call}]}}",
            $"{{\"messages\":[{CallInUserTurn},{Assistant}]}}");

        Assert.Equal(
            [
                "row 1: messages[1].content[0].toolUse calls tool 'stocks', which toolConfig does not declare (it declares weather)",
                "row 1: messages[2].content[1].toolResult answers toolUseId 't1' a second time; each toolUse has one toolResult",
                "row 2: messages[0].content[0].toolResult answers toolUseId 't9', which no earlier toolUse has",
                "row 2: messages[3].content[0].toolUse reuses toolUseId 't1'; each toolUse needs its own",
                "row 3: messages[0].content[0].toolUse calls tool 'weather', but the row has no toolConfig declaring its tools",
                "row 3: messages[0].content has a toolUse; tool calls belong in assistant turns",
            ],
            result.Diagnostics.Where(d => d.Code == "NF5048").Select(d => d.Message));
    }

    [Fact]
    public void Tool_config_declares_unique_described_tools_and_is_for_nova_lite_2()
    {
        const string Duplicate = "\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"a\",\"description\":\"A\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}},{\"toolSpec\":{\"name\":\"a\",\"description\":\" \",\"inputSchema\":{\"json\":{}}}}]}";

        var invalid = Prepare(SftConverseFormat.Instance, $"{{{Duplicate},\"messages\":[{User},{Assistant}]}}");
        var onNova1 = PrepareFor("nova-lite", SftConverseFormat.Instance, $"{{{Tools},\"messages\":[{User},{Call},{Answer},{Assistant}]}}");

        Assert.Equal(
            [
                "row 1: toolConfig.tools[1].toolSpec.name 'a' is declared twice; tool names must be unique",
                "row 1: toolConfig.tools[1].toolSpec.description must be non-empty text",
                "row 1: toolConfig.tools[1].toolSpec.inputSchema.json must be a JSON Schema object with a 'type'",
            ],
            invalid.Diagnostics.Select(d => d.Message));
        Assert.Equal([("NF5049", "row 1: toolConfig declares tools, which is for nova-lite-2; the pipeline's model is 'nova-lite'")], onNova1.Diagnostics.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void Media_that_pass_the_row_checks_are_reported_as_needing_the_s3_objects()
    {
        var row = $"{{\"messages\":[{Image("png")},{Assistant}]}}";

        var result = Prepare(SftConverseFormat.Instance, row);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NF5047", diagnostic.Code);
        Assert.Equal("row 1: messages[0].content[0].image is image content, which prepare cannot check: the SDK checks its size (at most 10 MB), its type from its first bytes and its dimensions (at least 25 pixels) by reading each object from S3, and prepare does not read S3", diagnostic.Message);
        Assert.Equal(("chats.jsonl", 1, 1), (diagnostic.Location!.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Media_get_the_sdks_row_checks_first()
    {
        var assistantImage = "{\"role\":\"assistant\",\"content\":[{\"image\":{\"format\":\"png\",\"source\":{\"s3Location\":{\"uri\":\"s3://b/a.png\",\"bucketOwner\":\"1\"}}}},{\"text\":\"x\"}]}";
        var elevenImages = "{\"role\":\"user\",\"content\":[" + string.Join(",", Enumerable.Repeat(ImageBlock("png"), 11)) + "]}";
        var imageAndVideo = "{\"role\":\"user\",\"content\":[" + ImageBlock("png") + ",{\"video\":{\"format\":\"mp4\",\"source\":{\"s3Location\":{\"uri\":\"s3://b/v.mp4\",\"bucketOwner\":\"1\"}}}}]}";
        var badSource = "{\"role\":\"user\",\"content\":[{\"image\":{\"format\":\"png\",\"source\":{\"bytes\":\"iVBOR\"}}}]}";

        var result = Prepare(
            SftConverseFormat.Instance,
            $"{{\"messages\":[{Image("bmp")},{Assistant}]}}",
            $"{{\"messages\":[{User},{assistantImage}]}}",
            $"{{\"messages\":[{elevenImages},{Assistant}]}}",
            $"{{\"messages\":[{imageAndVideo},{Assistant}]}}",
            $"{{\"messages\":[{badSource},{Assistant}]}}");

        Assert.Equal(
            [
                "row 1: messages[0].content[0].image.format is 'bmp'; image formats are gif, jpeg, png, webp",
                "row 2: messages[1].content has image content; media belong in user turns",
                "row 3: messages[0].content has 11 images; at most 10 per turn",
                "row 4: messages[0].content mixes image and video content; a turn holds one kind of media",
                "row 5: messages[0].content[0].image.source must be {\"s3Location\": {\"uri\": \"s3://...\", \"bucketOwner\": ...}}",
            ],
            result.Diagnostics.Where(d => d.Code == "NF5046").Select(d => d.Message));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "NF5047");
    }

    [Fact]
    public void Media_are_not_for_nova_micro_and_documents_and_webm_video_follow_the_model()
    {
        var webm = "{\"role\":\"user\",\"content\":[{\"video\":{\"format\":\"webm\",\"source\":{\"s3Location\":{\"uri\":\"s3://b/v.webm\",\"bucketOwner\":\"1\"}}}},{\"text\":\"What happens?\"}]}";
        var pdf = "{\"role\":\"user\",\"content\":[{\"document\":{\"format\":\"pdf\",\"name\":\"spec\",\"source\":{\"s3Location\":{\"uri\":\"s3://b/spec.pdf\",\"bucketOwner\":\"1\"}}}},{\"text\":\"Summarize\"}]}";

        var micro = PrepareFor("nova-micro", SftConverseFormat.Instance, $"{{\"messages\":[{Image("png")},{Assistant}]}}");
        var lite = PrepareFor("nova-lite", SftConverseFormat.Instance, $"{{\"messages\":[{webm},{Assistant}]}}", $"{{\"messages\":[{pdf},{Assistant}]}}");
        var lite2 = Prepare(SftConverseFormat.Instance, $"{{\"messages\":[{webm},{Assistant}]}}");

        Assert.Equal([("NF5049", "row 1: messages[0].content has image content, which is for nova-lite, nova-pro and nova-lite-2; the pipeline's model is 'nova-micro'")], micro.Diagnostics.Select(d => (d.Code, d.Message)));
        Assert.Equal(["NF5047", "NF5049", "NF5044"], lite.Diagnostics.Select(d => d.Code));
        Assert.Equal("row 1: messages[0].content[0].video.format is 'webm'; video formats for nova-lite-2 are mov, mkv, mp4", Assert.Single(lite2.Diagnostics).Message);
    }

    [Fact]
    public void Reasoning_tool_and_media_content_is_in_all_rows_or_none()
    {
        var result = Prepare(SftConverseFormat.Instance, $"{{\"messages\":[{User},{Reasoned}]}}", $"{{\"messages\":[{User},{Assistant}]}}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF5044", "row 2 has no 'reasoningContent' but row 1 of chats.jsonl has one: an optional field must be in all rows or in none"), (diagnostic.Code, diagnostic.Message));
    }

    public void Dispose() => workspace.Dispose();

    private static string ImageBlock(string format) => $"{{\"image\":{{\"format\":\"{format}\",\"source\":{{\"s3Location\":{{\"uri\":\"s3://bucket/images/cat.{format}\",\"bucketOwner\":\"123456789012\"}}}}}}}}";

    private static string Image(string format) => $"{{\"role\":\"user\",\"content\":[{ImageBlock(format)},{{\"text\":\"What is this?\"}}]}}";

    private PreparedDataset Prepare(IRowFormat format, params string[] lines) => PrepareFor("nova-lite-2", format, lines);

    private PreparedDataset PrepareFor(string model, IRowFormat format, params string[] lines)
    {
        workspace.Write("chats.jsonl", string.Join("\n", lines) + "\n");
        var pipeline = DataWorkspace.Pipeline(model, new() { ["chats"] = new DatasetDefinition { Source = "chats.jsonl" } });
        return workspace.PrepareDataset(pipeline, "chats", format);
    }
}
