using NovaForge.Runner.Data.Formats;
using NovaForge.Schema.Model;

namespace NovaForge.Runner.Tests.Data;

/// <summary>Each row format's exact bytes, against golden JSONL files.</summary>
public sealed class FormatTests : IDisposable
{
    private const string Csv = "Body,Y,system,difficulty,domain\n\"How do I, in C#, parse \"\"quoted\"\" text?\nIt spans lines.\",HQ,Classify the question.,easy,IT\nWhy does my loop never end? Ünïcödé ✓,LQ_EDIT,Classify the question.,hard,dev\n";

    private readonly DataWorkspace workspace = new();

    public FormatTests() => workspace.Write("questions.csv", Csv);

    [Fact]
    public void Sft_rows_are_converse_with_schema_version_system_and_two_turns()
    {
        var pipeline = Questions("nova-lite-2", new StageDefinition { Id = "sft", Kind = StageKind.Sft, Dataset = "questions" });

        var result = workspace.PrepareStage(pipeline, "sft");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Golden.Matches("sft.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Sft_rows_have_no_system_block_when_none_is_mapped()
    {
        var pipeline = DataWorkspace.Pipeline("nova-micro", new() { ["q"] = new() { Source = "questions.csv", Columns = new() { Query = "Body", Response = "Y" } } }, new StageDefinition { Id = "sft", Kind = StageKind.Sft, Dataset = "q" });

        var result = workspace.PrepareStage(pipeline, "sft");

        Golden.Matches("sft-no-system.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Eval_rows_are_gen_qa_with_packed_metadata()
    {
        var pipeline = Questions("nova-lite-2", new StageDefinition { Id = "eval", Kind = StageKind.Eval, Eval = new() { Task = "gen_qa" }, Dataset = "questions" }, metadata: ["difficulty", "domain"]);

        var result = workspace.PrepareStage(pipeline, "eval");

        Golden.Matches("eval-gen-qa.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Rft_rows_carry_system_and_user_messages_reference_answer_and_extra_columns()
    {
        var pipeline = Questions("nova-lite-2", new StageDefinition { Id = "rft", Kind = StageKind.Rft, Dataset = "questions" }, extra: ["domain"]);

        var result = workspace.PrepareStage(pipeline, "rft");

        Golden.Matches("rft.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Rft_rows_from_jsonl_keep_ids_and_object_reference_answers_and_default_the_system_prompt()
    {
        workspace.Write("rft.jsonl", "{\"id\":\"a-1\",\"question\":\"2+2?\",\"answer\":{\"value\":4},\"weight\":0.5}\n{\"id\":7,\"question\":\"3+3?\",\"answer\":{\"value\":6},\"weight\":1}\n");
        var pipeline = DataWorkspace.Pipeline("nova-lite-2", new() { ["math"] = new() { Source = "rft.jsonl", Columns = new() { Query = "question", ReferenceAnswer = "answer", Extra = ["weight"] } } }, new StageDefinition { Id = "rft", Kind = StageKind.Rft, Dataset = "math" });

        var result = workspace.PrepareStage(pipeline, "rft");

        Golden.Matches("rft-jsonl.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Dpo_rows_put_preferred_and_non_preferred_candidates_in_the_last_assistant_turn()
    {
        workspace.Write("pairs.csv", "prompt,good,bad\nExplain DNS.,DNS maps names to addresses.,It is a thing.\n");
        var pipeline = DataWorkspace.Pipeline("nova-lite", new() { ["pairs"] = new() { Source = "pairs.csv", SystemPrompt = "Be precise.", Columns = new() { Query = "prompt", Chosen = "good", Rejected = "bad" } } }, new StageDefinition { Id = "dpo", Kind = StageKind.Dpo, Dataset = "pairs" });

        var result = workspace.PrepareStage(pipeline, "dpo");

        Golden.Matches("dpo.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Cpt_rows_are_text_only()
    {
        workspace.Write("corpus.jsonl", "{\"text\":\"Nova is a family of models.\"}\n\n{\"text\":\"Second document.\"}\n");
        var pipeline = DataWorkspace.Pipeline("nova-lite-2", new() { ["corpus"] = new() { Source = "corpus.jsonl" } }, new StageDefinition { Id = "cpt", Kind = StageKind.Cpt, Dataset = "corpus" });

        var result = workspace.PrepareStage(pipeline, "cpt");

        Golden.Matches("cpt.jsonl", DataWorkspace.Read(result));
    }

    [Fact]
    public void Same_data_and_format_give_byte_identical_output_and_hash()
    {
        var pipeline = Questions("nova-lite-2", new StageDefinition { Id = "sft", Kind = StageKind.Sft, Dataset = "questions" });

        var first = workspace.PrepareDataset(pipeline, "questions", SftConverseFormat.Instance);
        var firstBytes = File.ReadAllBytes(first.Path);
        var second = workspace.PrepareDataset(pipeline, "questions", SftConverseFormat.Instance);

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(firstBytes, File.ReadAllBytes(second.Path));
    }

    public void Dispose() => workspace.Dispose();

    private static PipelineDefinition Questions(string model, StageDefinition stage, List<string>? metadata = null, List<string>? extra = null) =>
        DataWorkspace.Pipeline(model, new()
        {
            ["questions"] = new() { Source = "questions.csv", Columns = new() { Query = "Body", Response = "Y", System = "system", Metadata = metadata, Extra = extra } },
        }, stage);
}
