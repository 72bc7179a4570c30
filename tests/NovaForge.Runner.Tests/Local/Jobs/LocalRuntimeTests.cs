using NovaForge.Runner.Runtimes;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Local.Jobs;

public sealed class LocalRuntimeTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task A_submitted_job_folder_holds_the_recipe_it_was_submitted_with()
    {
        var launched = new List<string>();
        var runtime = new LocalRuntime(new LocalStore(directory.Path), new RecordingLauncher(launched), TimeProvider.System);
        var request = new JobRequest
        {
            JobName = "tickets-sft-0123abcd-1",
            Pipeline = "tickets",
            StageId = "sft",
            Kind = "sft",
            Model = "nova-lite-2",
            InputModel = "base",
            Recipe = "run:\n  name: \"tickets-sft\"\n  model_name_or_path: \"nova-lite-2/prod\"\n",
        };

        var job = await runtime.SubmitAsync(request, CancellationToken.None);

        Assert.Equal(request.Recipe, File.ReadAllText(new LocalJobFiles(job.Id).Recipe));
        Assert.Equal([job.Id], launched);
    }

    private sealed class RecordingLauncher(List<string> launched) : IWorkerLauncher
    {
        public void Launch(LocalJobFiles job) => launched.Add(job.Directory);
    }
}
