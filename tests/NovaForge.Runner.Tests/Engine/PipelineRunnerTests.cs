using NovaForge.Runner.Engine;
using NovaForge.Runner.Planning;
using NovaForge.Runner.State;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Catalog;
using NovaForge.Tests.Support;

namespace NovaForge.Runner.Tests.Engine;

public sealed class PipelineRunnerTests : IDisposable
{
    private readonly EngineFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task A_first_run_submits_every_stage_once_in_dependency_order()
    {
        var (outcome, _) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Succeeded, outcome);
        Assert.Equal(["baseline", "sft", "eval_sft", "rft", "eval_rft", "deploy"], fixture.Runtime.Submissions.Select(StageOf));
        Assert.All(fixture.State.Stages.Values, s => Assert.Equal(StageStatus.Completed, s.Status));
    }

    [Fact]
    public async Task A_second_run_skips_every_stage_as_up_to_date()
    {
        await fixture.RunAsync();
        fixture.Runtime.Submissions.Clear();

        var (outcome, _) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Succeeded, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.Equal(6, fixture.Observer.Events.Count(e => e.EndsWith("skipped (up to date)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Changing_an_sft_override_reruns_sft_and_what_follows_it_only()
    {
        await fixture.RunAsync();
        fixture.Runtime.Submissions.Clear();

        await fixture.RunAsync(sets: "stages.sft.overrides.max_steps=12");

        Assert.Equal(["sft", "eval_sft", "rft", "eval_rft", "deploy"], fixture.Runtime.Submissions.Select(StageOf));
    }

    [Fact]
    public async Task The_plan_explains_a_changed_override_key_by_key()
    {
        await fixture.RunAsync();
        var loaded = fixture.Load("stages.sft.overrides.max_steps=12");
        var planner = new Planner(new RecipeStageCompiler(Schema.Catalog.NovaCatalog.Default), new Hasher());

        var plan = planner.Plan(loaded, fixture.State, new PlanOptions(), []);

        var sft = plan.Single(p => p.Id == "sft");
        Assert.Equal(StageDecision.Rerun, sft.Decision);
        Assert.Contains("overrides.max_steps: 10 -> 12", sft.Reasons);
        Assert.Equal(StageDecision.UpToDate, plan.Single(p => p.Id == "baseline").Decision);
        Assert.Contains("upstream 'sft' will run first", plan.Single(p => p.Id == "eval_sft").Reasons);
    }

    [Fact]
    public async Task A_change_only_the_rendered_recipe_shows_reruns_the_stage_and_says_why()
    {
        await fixture.RunAsync();
        var text = File.ReadAllText(RepositoryPaths.InRepository("recipes", "catalog.yaml"));
        const string Default = "default: 2500, description: Validate every N steps";
        Assert.Contains(Default, text, StringComparison.Ordinal);
        var catalog = NovaCatalog.Parse("catalog.yaml", text.Replace(Default, "default: 2000, description: Validate every N steps", StringComparison.Ordinal));
        var planner = new Planner(new RecipeStageCompiler(catalog), new Hasher());

        var plan = planner.Plan(fixture.Load(), fixture.State, new PlanOptions(), []);

        var sft = plan.Single(p => p.Id == "sft");
        Assert.Equal(StageDecision.Rerun, sft.Decision);
        Assert.Equal(["the rendered recipe changed"], sft.Reasons);
        Assert.Equal(catalog.Version, NovaCatalog.Default.Version);
        Assert.Equal(StageDecision.UpToDate, plan.Single(p => p.Id == "baseline").Decision);
    }

    [Fact]
    public async Task A_failed_stage_fails_the_run_and_its_dependants_do_not_start()
    {
        fixture.Runtime.Failing.Add("sft");

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Equal(["baseline", "sft"], fixture.Runtime.Submissions.Select(StageOf));
        var failure = Assert.Single(diagnostics, d => d.Code == "NF6006");
        Assert.Contains("out of memory on algo-1", failure.Message);
        Assert.Equal("out of memory on algo-1", fixture.State.Stages["sft"].Error);
    }

    [Fact]
    public async Task Keep_going_runs_what_does_not_depend_on_the_failure()
    {
        fixture.Runtime.Failing.Add("baseline");

        var (outcome, diagnostics) = await fixture.RunAsync(new RunOptions { KeepGoing = true });

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.True(fixture.Runtime.Submissions.Count == 6, string.Join("\n", fixture.Observer.Events.Concat(diagnostics.Select(d => d.ToString()))));
    }

    [Fact]
    public async Task A_failed_stage_is_retried_under_a_new_attempt_name_on_the_next_run()
    {
        fixture.Runtime.Failing.Add("sft");
        await fixture.RunAsync();
        fixture.Runtime.Failing.Clear();
        fixture.Runtime.Submissions.Clear();

        await fixture.RunAsync();

        var sft = fixture.State.Stages["sft"];
        Assert.Equal(2, sft.Attempts.Count);
        Assert.EndsWith("-2", sft.Attempts[1].JobName, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Runtime.Submissions, s => s.Contains("baseline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_runs_the_named_stages_when_their_dependencies_are_complete()
    {
        var (outcome, _) = await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { Only = ["eval_sft"] } });

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.Contains("eval_sft: not started (upstream 'sft' has not run (not selected))", fixture.Observer.Events);
    }

    [Fact]
    public async Task A_selected_stage_whose_upstream_is_stale_and_not_selected_is_blocked_not_up_to_date()
    {
        await fixture.RunAsync();
        string[] changed = ["stages.sft.overrides.max_steps=12", "stages.rft.overrides.max_steps=7"];
        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "sft" } }, sets: changed);
        fixture.Runtime.Submissions.Clear();

        var (outcome, diagnostics) = await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { Only = ["eval_rft"] } }, sets: changed);

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.Contains("eval_rft: not started (upstream 'rft' is out of date (not selected))", fixture.Observer.Events);
        var blocked = Assert.Single(diagnostics, d => d.Code == "NF6010");
        Assert.Contains("--only rft", blocked.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_blocks_selected_stages_downstream_of_stale_unselected_ones_and_keeps_the_rest_stale()
    {
        await fixture.RunAsync();
        string[] changed = ["stages.sft.overrides.max_steps=12", "stages.rft.overrides.max_steps=7"];
        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "sft" } }, sets: changed);
        var planner = new Planner(new RecipeStageCompiler(Schema.Catalog.NovaCatalog.Default), new Hasher());

        var plan = planner.Plan(fixture.Load(changed), fixture.State, new PlanOptions { Only = ["eval_rft"] }, []);

        var decisions = plan.ToDictionary(p => p.Id, p => p.Decision);
        Assert.Equal(StageDecision.UpToDate, decisions["sft"]);
        Assert.Equal(StageDecision.Excluded, decisions["rft"]);
        Assert.Equal(StageDecision.Blocked, decisions["eval_rft"]);
        Assert.Equal(StageDecision.Excluded, decisions["deploy"]);
        Assert.Equal(["upstream 'rft' is out of date (not selected)"], plan.Single(p => p.Id == "eval_rft").Reasons);
        Assert.Null(plan.Single(p => p.Id == "eval_rft").Fingerprint);
    }

    [Fact]
    public void A_selected_stage_whose_upstream_never_ran_is_blocked_by_the_plan()
    {
        var planner = new Planner(new RecipeStageCompiler(Schema.Catalog.NovaCatalog.Default), new Hasher());

        var plan = planner.Plan(fixture.Load(), fixture.State, new PlanOptions { From = "rft" }, []);

        Assert.Equal(["upstream 'sft' has not run (not selected)"], plan.Single(p => p.Id == "rft").Reasons);
        Assert.Equal(["upstream 'rft' is blocked"], plan.Single(p => p.Id == "eval_rft").Reasons);
        Assert.All(plan.Where(p => p.Id is "rft" or "eval_rft" or "deploy"), p => Assert.Equal(StageDecision.Blocked, p.Decision));
    }

    [Fact]
    public void A_from_after_the_to_selects_nothing_and_says_so()
    {
        var planner = new Planner(new RecipeStageCompiler(Schema.Catalog.NovaCatalog.Default), new Hasher());
        var diagnostics = new List<Diagnostic>();

        var plan = planner.Plan(fixture.Load(), fixture.State, new PlanOptions { From = "eval_sft", To = "sft" }, diagnostics);

        Assert.All(plan, p => Assert.Equal(StageDecision.Excluded, p.Decision));
        var empty = Assert.Single(diagnostics);
        Assert.Equal(("NF6013", "--from eval_sft --to sft selects no stage"), (empty.Code, empty.Message));
    }

    [Fact]
    public async Task From_and_to_select_a_range_in_run_order()
    {
        var (outcome, _) = await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "eval_sft" } });

        Assert.Equal(RunOutcome.Succeeded, outcome);
        Assert.Equal(["baseline", "sft", "eval_sft"], fixture.Runtime.Submissions.Select(StageOf));
    }

    [Fact]
    public async Task Force_reruns_the_selected_stage_and_what_depends_on_it()
    {
        await fixture.RunAsync();
        fixture.Runtime.Submissions.Clear();

        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { Only = ["rft"], Force = true } });
        var afterForce = fixture.Runtime.Submissions.Select(StageOf).ToList();
        await fixture.RunAsync();

        Assert.Equal(["rft"], afterForce);
        Assert.Equal(["rft", "eval_rft", "deploy"], fixture.Runtime.Submissions.Select(StageOf));
    }

    [Fact]
    public async Task A_run_over_its_job_budget_submits_nothing()
    {
        File.AppendAllText(fixture.PipelinePath, "\nbudget: { max_jobs: 2 }\n");

        var (outcome, diagnostics) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Failed, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        var overBudget = Assert.Single(diagnostics, d => d.Code == "NF3060");
        Assert.Contains("6 jobs", overBudget.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_file_that_cannot_be_written_stops_the_run_before_any_submission()
    {
        Directory.CreateDirectory(fixture.StateFile.Path);

        var exception = await Assert.ThrowsAsync<StateWriteException>(() => fixture.RunAsync());

        Assert.Equal("NF6004", exception.Diagnostic.Code);
        Assert.Empty(fixture.Runtime.Submissions);
    }

    [Fact]
    public async Task Dry_run_submits_nothing_and_leaves_no_state()
    {
        var (outcome, _) = await fixture.RunAsync(new RunOptions { DryRun = true });

        Assert.Equal(RunOutcome.Succeeded, outcome);
        Assert.Empty(fixture.Runtime.Submissions);
        Assert.False(fixture.StateFile.Exists);
        Assert.Contains(fixture.Observer.Events, e => e.StartsWith("baseline: skipped (dry run: would submit engine-test-baseline-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_detaches_the_running_job_and_the_next_run_reattaches_without_resubmitting()
    {
        using var cancel = new CancellationTokenSource();
        fixture.Runtime.PollsToFinish = 5;
        fixture.Runtime.OnPoll = job =>
        {
            if (job.Contains("-sft-", StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        };

        var (first, _) = await fixture.RunAsync(cancellation: cancel.Token);
        fixture.Runtime.OnPoll = null;
        var (second, _) = await fixture.RunAsync();

        Assert.Equal(RunOutcome.Detached, first);
        Assert.Equal(RunOutcome.Succeeded, second);
        Assert.Single(fixture.Runtime.Submissions, s => StageOf(s) == "sft");
        Assert.Contains("sft: re-attached", fixture.Observer.Events);
        Assert.Empty(fixture.Runtime.Stopped);
    }

    [Fact]
    public async Task Stop_on_cancel_stops_the_job_instead()
    {
        using var cancel = new CancellationTokenSource();
        fixture.Runtime.PollsToFinish = 5;
        fixture.Runtime.OnPoll = _ => cancel.Cancel();

        var (outcome, _) = await fixture.RunAsync(new RunOptions { StopOnCancel = true }, cancel.Token);

        Assert.Equal(RunOutcome.Stopped, outcome);
        Assert.Single(fixture.Runtime.Stopped);
        Assert.Equal(StageStatus.Stopped, fixture.State.Stages["baseline"].Status);
    }

    [Fact]
    public async Task A_run_that_died_after_recording_submitting_reattaches_when_the_job_exists()
    {
        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "baseline" } });
        var killed = await SimulateDeathBeforeRecordingRunning("sft", jobReachedRuntime: true);
        fixture.Runtime.Submissions.Clear();

        await fixture.RunAsync();

        Assert.DoesNotContain(killed, fixture.Runtime.Submissions);
        Assert.Contains("sft: re-attached", fixture.Observer.Events);
    }

    [Fact]
    public async Task A_run_that_died_before_the_submit_call_submits_under_the_same_name()
    {
        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { To = "baseline" } });
        var killed = await SimulateDeathBeforeRecordingRunning("sft", jobReachedRuntime: false);
        fixture.Runtime.Submissions.Clear();

        await fixture.RunAsync();

        Assert.Equal(killed, fixture.Runtime.Submissions.First(s => StageOf(s) == "sft"));
    }

    /// <summary>Writes the state a runner leaves when killed between recording "submitting" and recording "running".</summary>
    private async Task<string> SimulateDeathBeforeRecordingRunning(string stage, bool jobReachedRuntime)
    {
        using var cancel = new CancellationTokenSource();
        string? job = null;
        fixture.Runtime.OnPoll = name =>
        {
            job = name;
            cancel.Cancel();
        };
        await fixture.RunAsync(new RunOptions { Plan = new PlanOptions { Only = [stage] } }, cancel.Token);
        fixture.Runtime.OnPoll = null;
        var state = fixture.State;
        var stageState = state.Stages[stage];
        var attempts = stageState.Attempts.ToList();
        attempts[^1] = attempts[^1] with { Status = StageStatus.Submitting, JobId = null };
        fixture.StateFile.Save(state.WithStage(stage, stageState with { Status = StageStatus.Submitting, Attempts = attempts }), TimeProvider.System);
        if (!jobReachedRuntime)
        {
            fixture.Runtime.Forget(job!);
        }

        await Task.CompletedTask;
        return job!;
    }

    private static string StageOf(string jobName) => jobName.Split('-')[2] switch
    {
        "eval" => jobName.Split('-')[3] is "sft" or "rft" ? $"eval_{jobName.Split('-')[3]}" : "eval",
        var other => other,
    };

    private sealed class Hasher : ISourceHasher
    {
        public string Hash(string fullPath) => "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(fullPath)));
    }
}
