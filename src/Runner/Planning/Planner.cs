using System.Text.Json;
using System.Text.Json.Nodes;
using NovaForge.Runner.State;
using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Graph;
using NovaForge.Schema.Loading;
using NovaForge.Schema.Model;
using NovaForge.Schema.Serialization;

namespace NovaForge.Runner.Planning;

/// <summary>
/// Computes each stage's fingerprint from everything that determines its result (resolved definition, rendered recipe,
/// source data content, function files, upstream outputs, catalog and runner versions) and compares it with the state
/// file: up to date, run, rerun (and why), or re-attach to a job still running.
/// </summary>
public sealed class Planner(IStageCompiler compiler, ISourceHasher hasher)
{
    public static string RunnerVersion { get; } = typeof(Planner).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>The compiler plans are made with; submission renders recipes with it too.</summary>
    public IStageCompiler Compiler => compiler;

    public IReadOnlyList<StagePlan> Plan(LoadResult loaded, PipelineState state, PlanOptions options, ICollection<Diagnostic> diagnostics)
    {
        var pipeline = loaded.Pipeline!;
        var graph = new StageGraph(pipeline.Stages!);
        var order = graph.TopologicalOrder() ?? [];
        var selected = Select(order, options, diagnostics);
        var plans = new Dictionary<string, StagePlan>(StringComparer.Ordinal);
        foreach (var stage in order)
        {
            var compiled = compiler.Compile(loaded, stage, diagnostics);
            var config = Config(pipeline, stage);
            var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["config"] = CanonicalJson.Hash(config),
                ["recipe"] = CanonicalJson.Sha256(compiled.Recipe),
                ["catalog"] = $"{NovaCatalog.Default.Version}/{RunnerVersion}",
            };
            if (stage.Dataset is { } dataset)
            {
                inputs["data"] = CanonicalJson.Hash(DataIdentity(loaded, dataset));
            }

            foreach (var (name, file) in FunctionFiles(stage))
            {
                var path = Path.GetFullPath(file, loaded.Directory);
                inputs[$"function:{name}"] = File.Exists(path) ? hasher.Hash(path) : "missing";
            }

            var reasons = new List<string>();
            var (upstreamPending, blockers) = Upstream(stage, plans, state, inputs, reasons);
            var isSelected = selected.Contains(stage.Id!);
            var previous = state.Stages.GetValueOrDefault(stage.Id!);
            var fingerprint = upstreamPending || blockers.Count > 0 ? null : CanonicalJson.Hash(JsonSerializer.SerializeToNode(inputs));
            StageDecision decision;
            if (blockers.Count > 0)
            {
                // Never settle a stage against the outputs of an upstream stage that is stale: a selection that leaves
                // that upstream out blocks the stage instead of calling it up to date or running it on stale inputs.
                decision = StageDecision.Blocked;
                reasons = blockers;
            }
            else
            {
                decision = Decide(stage, fingerprint, inputs, config, previous, options.Force && isSelected, reasons);
            }

            var unselected = !isSelected && decision != StageDecision.UpToDate ? decision : (StageDecision?)null;
            var earlierJobs = EarlierJobs(previous, decision);
            reasons.AddRange(earlierJobs.Select(a => $"job {a.JobName} of an earlier configuration was left {a.Status.Text()} and may still be running: 'run' will not start a second job beside it (--replace-running stops it)"));

            plans[stage.Id!] = new StagePlan
            {
                Stage = stage,
                Fingerprint = fingerprint,
                Inputs = inputs,
                Config = config,
                Decision = unselected is null ? decision : StageDecision.Excluded,
                Unselected = unselected,
                EarlierJobs = earlierJobs,
                Reasons = decision == StageDecision.UpToDate ? [] : reasons,
                Compiled = compiled,
            };
        }

        return [.. order.Select(s => plans[s.Id!])];
    }

    /// <summary>
    /// Adds the outputs of settled upstream stages to <paramref name="inputs"/>; tells whether one will run first (the
    /// fingerprint is then not known yet) and what blocks the stage: an upstream stage that is stale and not selected.
    /// </summary>
    private static (bool Pending, List<string> Blockers) Upstream(StageDefinition stage, Dictionary<string, StagePlan> plans, PipelineState state, IDictionary<string, string> inputs, List<string> reasons)
    {
        var pending = false;
        var blockers = new List<string>();
        foreach (var dependency in StageGraph.DependenciesOf(stage).Distinct())
        {
            var upstream = plans[dependency];
            switch (upstream.Decision)
            {
                case StageDecision.Run or StageDecision.Rerun or StageDecision.Attach:
                    pending = true;
                    reasons.Add($"upstream '{dependency}' will run first");
                    break;
                case StageDecision.Excluded:
                    blockers.Add($"upstream '{dependency}' {Unsettled(upstream, state.Stages.GetValueOrDefault(dependency))} (not selected)");
                    break;
                case StageDecision.Blocked:
                    blockers.Add($"upstream '{dependency}' is blocked");
                    break;
                default:
                    var upstreamState = state.Stages[dependency];
                    inputs[$"upstream:{dependency}"] = $"{upstreamState.Fingerprint}|{upstreamState.LatestAttempt?.JobName}";
                    break;
            }
        }

        return (pending, blockers);
    }

    /// <summary>The stage's jobs that may still be running other than the one a run would re-attach to.</summary>
    private static List<AttemptRecord> EarlierJobs(StageState? previous, StageDecision decision) =>
        previous?.Attempts.Where(a => a.Status.MayBeRunning() && !(decision == StageDecision.Attach && a == previous.LatestAttempt)).ToList() ?? [];

    /// <summary>Why a stage left out of the selection keeps its dependants from settling.</summary>
    private static string Unsettled(StagePlan upstream, StageState? state) => upstream.Unselected == StageDecision.Attach
        ? "has a job still running"
        : state is null ? "has not run" : "is out of date";

    private static StageDecision Decide(StageDefinition stage, string? fingerprint, IReadOnlyDictionary<string, string> inputs, JsonNode config, StageState? previous, bool force, List<string> reasons)
    {
        if (previous is null)
        {
            reasons.Insert(0, "never ran");
            return StageDecision.Run;
        }

        if (fingerprint is null)
        {
            return previous.Status == StageStatus.Completed ? StageDecision.Rerun : StageDecision.Run;
        }

        if (previous.Fingerprint == fingerprint)
        {
            switch (previous.Status)
            {
                case StageStatus.Completed when force:
                    reasons.Add("forced");
                    return StageDecision.Rerun;
                case StageStatus.Completed:
                    return StageDecision.UpToDate;
                case StageStatus.Submitting or StageStatus.Running or StageStatus.Detached:
                    reasons.Add($"job {previous.LatestAttempt?.JobName} is still {previous.Status.Text()}: re-attach");
                    return StageDecision.Attach;
                default:
                    reasons.Add($"the last attempt {previous.Status.Text()}{(previous.Error is null ? string.Empty : $": {previous.Error}")}");
                    return StageDecision.Run;
            }
        }

        reasons.AddRange(ExplainChange(previous, inputs, config));
        return previous.Status == StageStatus.Completed ? StageDecision.Rerun : StageDecision.Run;
    }

    private static IEnumerable<string> ExplainChange(StageState previous, IReadOnlyDictionary<string, string> inputs, JsonNode config)
    {
        var changes = new List<string>();
        if (previous.Config is { } before)
        {
            changes.AddRange(JsonDiff.Changes(JsonNode.Parse(before.GetRawText()), config).Select(c => $"{c}"));
        }

        // A changed definition re-renders the recipe; saying so as well would only repeat the change.
        var configChanged = changes.Count > 0;
        foreach (var key in inputs.Keys.Union(previous.Inputs.Keys).Where(k => k != "config" && !(configChanged && k == "recipe")).Order(StringComparer.Ordinal))
        {
            if (previous.Inputs.GetValueOrDefault(key) != inputs.GetValueOrDefault(key))
            {
                changes.Add(key switch
                {
                    "recipe" => "the rendered recipe changed",
                    "data" => "its data changed",
                    "catalog" => "the recipe catalog or novaforge version changed",
                    _ when key.StartsWith("upstream:", StringComparison.Ordinal) => $"upstream '{key[9..]}' produced a new output",
                    _ when key.StartsWith("function:", StringComparison.Ordinal) => $"the {key[9..]} function's file changed",
                    _ => $"{key} changed",
                });
            }
        }

        return changes.Count > 0 ? changes : ["its inputs changed"];
    }

    private static JsonNode Config(PipelineDefinition pipeline, StageDefinition stage)
    {
        var config = JsonSerializer.SerializeToNode(stage, NovaJson.Options)!.AsObject();
        config.Remove("description");
        config["model"] = pipeline.Model;
        config["runtime"] = (pipeline.Runtime?.Kind ?? RuntimeKind.Local).ToString().ToLowerInvariant();
        if (pipeline.Runtime?.Kind == RuntimeKind.Sagemaker)
        {
            config["platform"] = (pipeline.Runtime.Platform ?? Platform.TrainingJob).ToString();
            config["region"] = pipeline.Runtime.Region;
        }

        return config;
    }

    /// <summary>The definitions of the datasets a reference reads (through mixes) and their sources' content hashes.</summary>
    private JsonNode DataIdentity(LoadResult loaded, string reference)
    {
        var datasets = loaded.Pipeline!.Datasets ?? [];
        var result = new JsonObject { ["reference"] = reference };
        var pending = new Queue<string>([DatasetReference.Parse(reference).Name]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !datasets.TryGetValue(name, out var dataset))
            {
                continue;
            }

            var node = JsonSerializer.SerializeToNode(dataset, NovaJson.Options)!.AsObject();
            if (dataset.Source is { } source)
            {
                var path = Path.GetFullPath(source, loaded.Directory);
                node["source_sha256"] = File.Exists(path) ? hasher.Hash(path) : "missing";
            }

            foreach (var part in dataset.Mix ?? [])
            {
                pending.Enqueue(DatasetReference.Parse(part).Name);
            }

            result[name] = node;
        }

        return result;
    }

    private static IEnumerable<(string Name, string File)> FunctionFiles(StageDefinition stage)
    {
        if (stage.Rft?.Reward?.Python is { } reward)
        {
            yield return ("reward", reward);
        }

        if (stage.Eval?.Reward?.Python is { } evalReward)
        {
            yield return ("reward", evalReward);
        }

        if (stage.Eval?.Processor?.Function?.Python is { } processor)
        {
            yield return ("processor", processor);
        }
    }

    private static string Describe(PlanOptions options) => string.Join(' ', options.Only.Select(id => $"--only {id}")
        .Concat(options.From is { } from ? [$"--from {from}"] : [])
        .Concat(options.To is { } to ? [$"--to {to}"] : []));

    private static HashSet<string> Select(IReadOnlyList<StageDefinition> order, PlanOptions options, ICollection<Diagnostic> diagnostics)
    {
        var ids = order.Select(s => s.Id!).ToList();
        var unknown = false;
        bool Known(string option, string id)
        {
            if (ids.Contains(id))
            {
                return true;
            }

            diagnostics.Add(DiagnosticFactory.UnknownStageOption(option, id, ids));
            unknown = true;
            return false;
        }

        var selected = new HashSet<string>(ids, StringComparer.Ordinal);
        if (options.Only.Count > 0)
        {
            selected = [.. options.Only.Where(id => Known("--only", id))];
        }

        if (options.From is { } from && Known("--from", from))
        {
            selected.IntersectWith(ids.SkipWhile(id => id != from));
        }

        if (options.To is { } to && Known("--to", to))
        {
            selected.IntersectWith(ids.TakeWhile(id => id != to).Append(to));
        }

        // Known stages that select nothing together (--from after --to): say so rather than report a run with no work.
        if (selected.Count == 0 && ids.Count > 0 && !unknown)
        {
            diagnostics.Add(DiagnosticFactory.EmptySelection(Describe(options), ids));
        }

        return selected;
    }
}
