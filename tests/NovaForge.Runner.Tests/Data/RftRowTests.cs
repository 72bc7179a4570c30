using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Preparation;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>JSONL rows that are RFT conversations already (no 'columns'): the SDK's RFT checks, roles normalized, other keys kept.</summary>
public sealed class RftRowTests : IDisposable
{
    private const string Weather = "{\"type\":\"function\",\"function\":{\"name\":\"weather\",\"description\":\"Weather in a city\",\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}}";

    private readonly DataWorkspace workspace = new();

    [Fact]
    public void Rows_keep_their_keys_and_get_an_id()
    {
        var row = $"{{\"messages\":[{{\"role\":\"system\",\"content\":\"S\"}},{{\"role\":\"user\",\"content\":\"Q\"}}],\"reference_answer\":{{\"a\":1}},\"tools\":[{Weather}],\"task\":\"weather\"}}";

        var result = Prepare(row);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal($"{{\"id\":\"1\",\"messages\":[{{\"role\":\"system\",\"content\":\"S\"}},{{\"role\":\"user\",\"content\":\"Q\"}}],\"reference_answer\":{{\"a\":1}},\"tools\":[{Weather}],\"task\":\"weather\"}}\n", DataWorkspace.Read(result));
    }

    [Fact]
    public void The_sdks_roles_are_accepted_in_any_case_and_written_in_lower_case_with_developer_as_system()
    {
        var row = "{\"id\":\"a\",\"messages\":[{\"role\":\"Developer\",\"content\":\"Use tools.\"},{\"role\":\"USER\",\"content\":\"Weather?\"},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\"}]},{\"role\":\"tool\",\"content\":\"21 C\"},{\"role\":\"bot\",\"content\":\"Warm.\"}]}";

        var result = Prepare(row);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("{\"id\":\"a\",\"messages\":[{\"role\":\"system\",\"content\":\"Use tools.\"},{\"role\":\"user\",\"content\":\"Weather?\"},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\"}]},{\"role\":\"tool\",\"content\":\"21 C\"},{\"role\":\"bot\",\"content\":\"Warm.\"}]}\n", DataWorkspace.Read(result));
    }

    [Fact]
    public void Roles_order_and_content_are_checked()
    {
        var result = Prepare(
            "{\"id\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"developer\",\"content\":\"S\"}]}",
            "{\"id\":\"y\",\"messages\":[{\"role\":\"assistant\",\"content\":\" \"}]}",
            "{\"id\":\"z\",\"messages\":[{\"role\":\"narrator\",\"content\":\"Once\"},{\"role\":\"user\",\"content\":\"Q\"}]}");

        Assert.Equal(
            [
                ("NF5045", "row 1: messages[1] is a system message; it must come first"),
                ("NF5046", "row 2: messages[0].content, when given, must be non-empty text"),
                ("NF5045", "row 2: messages has no user message"),
                ("NF5045", "row 3: messages[0] has role 'narrator'; roles are system, developer, user, assistant, tool and bot"),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void Tools_are_functions_with_unique_described_names_and_object_parameters()
    {
        const string Message = "\"messages\":[{\"role\":\"user\",\"content\":\"Q\"}]";
        var result = Prepare(
            $"{{{Message},\"tools\":[]}}",
            $"{{{Message},\"tools\":[{Weather},{Weather}]}}",
            $"{{{Message},\"tools\":[{{\"type\":\"retrieval\",\"function\":{{\"name\":\" \",\"description\":\"d\",\"parameters\":{{\"type\":\"array\",\"properties\":{{}}}}}}}}]}}");

        Assert.Equal(
            [
                "row 1: tools, when given, must be a non-empty list of {\"type\": \"function\", \"function\": ...}",
                "row 2: tools[1].function.name 'weather' is declared twice; tool names must be unique",
                "row 3: tools[0].type must be 'function'",
                "row 3: tools[0].function.name must be non-empty text",
                "row 3: tools[0].function.parameters.type must be 'object'",
            ],
            result.Diagnostics.Select(d => d.Message));
        Assert.All(result.Diagnostics, d => Assert.Equal("NF5048", d.Code));
    }

    [Fact]
    public void Tools_are_in_all_rows_or_none()
    {
        var result = Prepare(
            $"{{\"messages\":[{{\"role\":\"user\",\"content\":\"Q\"}}],\"tools\":[{Weather}]}}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"}]}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF5044", "row 2 has no 'tools' but row 1 of rows.jsonl has one: an optional field must be in all rows or in none"), (diagnostic.Code, diagnostic.Message));
    }

    public void Dispose() => workspace.Dispose();

    private PreparedDataset Prepare(params string[] lines)
    {
        workspace.Write("rows.jsonl", string.Join("\n", lines) + "\n");
        var pipeline = DataWorkspace.Pipeline("nova-lite-2", new() { ["rows"] = new DatasetDefinition { Source = "rows.jsonl" } });
        return workspace.PrepareDataset(pipeline, "rows", RftFormat.Instance);
    }
}
