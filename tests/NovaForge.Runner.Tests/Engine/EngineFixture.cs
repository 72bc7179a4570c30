using System.Globalization;
using System.Text;
using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Engine;
using NovaForge.Runner.Runtimes.Local;
using NovaForge.Runner.State;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Loading;

namespace NovaForge.Runner.Tests.Engine;

/// <summary>
/// A pipeline named engine-test (by default six stages: baseline, sft, eval, rft, eval, deploy) with a questions
/// dataset in a temporary folder, run by the real engine against <see cref="FakeRuntime"/>.
/// </summary>
public sealed class EngineFixture : IDisposable
{
    /// <summary>The name, model and questions dataset, which a test's own stages can follow.</summary>
    public const string Header = """
        name: engine-test
        model: nova-lite-2
        datasets:
          questions:
            source: data/questions.csv
            columns: { query: question, response: label }
            split: { train: 0.8, test: 0.2 }

        """;

    public const string Pipeline = Header + """
        stages:
          - id: baseline
            kind: eval
            dataset: questions.test
            eval: { task: gen_qa }
          - id: sft
            kind: sft
            dataset: questions.train
            overrides: { max_steps: 10, warmup_steps: 1, global_batch_size: 32 }
          - id: eval_sft
            kind: eval
            from: sft
            dataset: questions.test
            eval: { task: gen_qa }
          - id: rft
            kind: rft
            from: sft
            dataset: questions.train
            rft: { reward: { builtin: exact_label } }
            overrides: { max_steps: 5, global_batch_size: 32 }
          - id: eval_rft
            kind: eval
            from: rft
            dataset: questions.test
            eval: { task: gen_qa }
          - id: deploy
            kind: deploy
            from: rft
        """;

    public EngineFixture()
        : this(Pipeline)
    {
    }

    public EngineFixture(string pipeline)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"novaforge-engine-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "data"));
        File.WriteAllText(PipelinePath, pipeline);
        var data = new StringBuilder("question,label\n");
        for (var i = 0; i < 200; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"\"Is {i} even?\",{(i % 2 == 0 ? "yes" : "no")}\n");
        }

        File.WriteAllText(Path.Combine(Directory, "data", "questions.csv"), data.ToString());
    }

    public string Directory { get; }

    public string PipelinePath => Path.Combine(Directory, "engine-test.yaml");

    public FakeRuntime Runtime { get; } = new();

    public RecordingObserver Observer { get; private set; } = new();

    /// <summary>Given every run's observer before the run starts (e.g. to cancel the run at one of its events).</summary>
    public Action<RecordingObserver>? Observe { get; set; }

    public StateFile StateFile => StateFile.For(PipelinePath);

    public PipelineState State => StateFile.Load("engine-test").State!;

    public LoadResult Load(params string[] sets)
    {
        var loaded = PipelineLoader.Load(PipelinePath, new LoadOptions { Sets = sets, Environment = _ => null, DataInspector = new DataSourceInspector() });
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded;
    }

    public async Task<(RunOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics)> RunAsync(RunOptions? options = null, CancellationToken cancellation = default, params string[] sets)
    {
        Observer = new RecordingObserver();
        Observe?.Invoke(Observer);
        var loaded = Load(sets);
        var preparer = new LocalDataPreparer(new LocalStore(Path.Combine(Directory, ".novaforge")), HashCache(), _ => null, path => Path.GetRelativePath(Directory, path));
        var runner = new PipelineRunner(Planner(), Runtime, preparer, Observer, TimeProvider.System);
        var (state, problem) = StateFile.Load("engine-test");
        Assert.Null(problem);
        return await runner.RunAsync(loaded, StateFile, state!, (options ?? new RunOptions()) with { PollInterval = TimeSpan.Zero }, cancellation);
    }

    /// <summary>The planner the runs use, with the same hash cache.</summary>
    public Planning.Planner Planner() => new(new RecipeStageCompiler(NovaCatalog.Default), new CachedSourceHasher(HashCache()));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private ContentHashCache HashCache() => ContentHashCache.Open(Path.Combine(Directory, ".novaforge", "cache"));
}
