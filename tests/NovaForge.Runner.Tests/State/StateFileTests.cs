using NovaForge.Runner.State;

namespace NovaForge.Runner.Tests.State;

public sealed class StateFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("novaforge-state-").FullName;

    private StateFile File => new(Path.Combine(directory, "p.state.json"));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Saving_increments_the_serial_keeps_the_lineage_and_a_backup()
    {
        var first = File.Save(PipelineState.New("p"), TimeProvider.System);

        var second = File.Save(first.WithStage("sft", Stage()), TimeProvider.System);

        var (loaded, problem) = File.Load("p");
        Assert.Null(problem);
        Assert.Equal((2L, first.Lineage), (loaded!.Serial, loaded.Lineage));
        Assert.Equal(second.Stages.Keys, loaded.Stages.Keys);
        Assert.True(System.IO.File.Exists(File.Path + ".bak"));
        Assert.Equal(1, new StateFile(File.Path + ".bak").Load("p").State!.Serial);
    }

    [Fact]
    public void The_state_file_is_private_to_the_user()
    {
        File.Save(PipelineState.New("p"), TimeProvider.System);

        var mode = OperatingSystem.IsWindows() ? default : System.IO.File.GetUnixFileMode(File.Path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public void A_corrupt_state_file_is_refused_and_left_as_it_was()
    {
        System.IO.File.WriteAllText(File.Path, "{ \"schema\": \"novaforge/state/v1\", \"lineage\": ");

        var (state, problem) = File.Load("p");

        Assert.Null(state);
        Assert.Equal("NF6001", problem!.Code);
        Assert.Equal("{ \"schema\": \"novaforge/state/v1\", \"lineage\": ", System.IO.File.ReadAllText(File.Path));
    }

    [Fact]
    public void A_state_file_of_another_pipeline_is_refused()
    {
        File.Save(PipelineState.New("other"), TimeProvider.System);

        var (state, problem) = File.Load("p");

        Assert.Null(state);
        Assert.Equal("NF6002", problem!.Code);
        Assert.Contains("'other'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_file_of_an_unknown_schema_is_refused()
    {
        System.IO.File.WriteAllText(File.Path, """{ "schema": "novaforge/state/v9", "lineage": "x", "serial": 1, "pipeline": "p", "stages": {} }""");

        var (_, problem) = File.Load("p");

        Assert.Equal("NF6002", problem!.Code);
    }

    [Fact]
    public void A_missing_state_file_is_a_new_state()
    {
        var (state, problem) = File.Load("p");

        Assert.Null(problem);
        Assert.Equal(0, state!.Serial);
        Assert.False(File.Exists);
    }

    private static StageState Stage() => new()
    {
        Status = StageStatus.Completed,
        Fingerprint = "sha256:abc",
        Inputs = new Dictionary<string, string> { ["config"] = "sha256:def" },
    };
}
