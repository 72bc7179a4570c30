using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Checks;

/// <summary>
/// Datasets are well defined (split, sample, mix without cycles, a readable source whose header has the mapped
/// columns) and every stage's dataset reference resolves and gives the fields its kind needs: mapped by 'columns', or,
/// without 'columns', columns of the fields' own names, or (JSONL, for kinds whose rows are conversations) rows that
/// hold 'messages' already. Without 'columns', rows are checked one by one when prepared.
/// </summary>
public sealed class DatasetCheck : IPipelineCheck
{
    private const string MessagesKey = "messages";

    public void Run(CheckContext context)
    {
        var datasets = context.Pipeline.Datasets ?? [];
        foreach (var (name, dataset) in datasets.Where(d => d.Value is not null))
        {
            var path = YamlPath.Of("datasets", name);
            CheckSplit(context, name, dataset, path);
            if (dataset.Mix is { } mix)
            {
                for (var i = 0; i < mix.Count; i++)
                {
                    CheckReference(context, datasets, mix[i], path.Key("mix").Index(i).ToString());
                }
            }
            else if (dataset.Source is not null && context.Options.CheckFiles)
            {
                CheckSource(context, dataset, path);
            }
        }

        if (FindMixCycle(datasets) is { } cycle)
        {
            context.Report(DiagnosticFactory.DatasetCycle(YamlPath.Of("datasets", cycle[0], "mix").ToString(), cycle));
            return;
        }

        foreach (var stage in context.Stages)
        {
            CheckStage(context, datasets, stage);
        }
    }

    private static void CheckStage(CheckContext context, Dictionary<string, DatasetDefinition> datasets, StageDefinition stage)
    {
        var need = Requirement(context, stage);
        var path = context.StagePath(stage, "dataset").ToString();
        if (stage.Dataset is null)
        {
            if (need.Why is not null)
            {
                context.Report(DiagnosticFactory.DatasetRequired(context.StagePath(stage, "kind").ToString(), context.StageName(stage), need.Why));
            }

            return;
        }

        if (need.Ignored is { } task)
        {
            context.Report(DiagnosticFactory.DatasetIgnored(path, context.StageName(stage), task));
            return;
        }

        if (!CheckReference(context, datasets, stage.Dataset, path))
        {
            return;
        }

        var reference = DatasetReference.Parse(stage.Dataset);
        foreach (var (leafName, leaf) in Leaves(datasets, reference.Name, []))
        {
            if (leaf.Columns is null)
            {
                CheckFieldsByName(context, stage, leafName, leaf, need);
                continue;
            }

            foreach (var (field, why) in need.Fields)
            {
                if (!Maps(leaf.Columns, field))
                {
                    context.Report(DiagnosticFactory.ColumnMappingRequired(YamlPath.Of("datasets", leafName, "columns").ToString(), leafName, field, $"stage '{stage.Id}' {why}"));
                }
            }
        }
    }

    /// <summary>
    /// A dataset without 'columns' reads each field from the column of its own name; JSONL rows may instead be
    /// conversations. Checked against the columns the file shows (a JSONL file's first rows only), when it can be read.
    /// </summary>
    private static void CheckFieldsByName(CheckContext context, StageDefinition stage, string name, DatasetDefinition dataset, Need need)
    {
        if (ReadColumns(context, dataset, out _) is not { } columns)
        {
            return;
        }

        var conversations = need.Conversations && DataFormats.Of(dataset).Format == DataFormat.Jsonl;
        if (conversations && columns.Contains(MessagesKey, StringComparer.Ordinal))
        {
            return;
        }

        foreach (var (field, why) in need.Fields.Where(f => !columns.Contains(f.Field, StringComparer.Ordinal)))
        {
            context.Report(DiagnosticFactory.FieldNotInUnmappedFile(YamlPath.Of("datasets", name, "source").ToString(), name, dataset.Source!, field, $"stage '{stage.Id}' {why}", conversations));
        }
    }

    private static bool Maps(ColumnMapping? columns, string field) => field switch
    {
        "query" => columns?.Query is not null,
        "response" => columns?.Response is not null,
        "reference_answer" => columns?.ReferenceAnswer is not null || columns?.Response is not null,
        "chosen" => columns?.Chosen is not null,
        "rejected" => columns?.Rejected is not null,
        "text" => columns?.Text is not null,
        _ => true,
    };

    private static Need Requirement(CheckContext context, StageDefinition stage)
    {
        const string Prompt = "needs the prompts";
        const string Reference = "passes reference answers to the reward";
        return stage.Kind switch
        {
            StageKind.Sft => new("supervised fine-tuning learns from prompt/response pairs", null, [("query", Prompt), ("response", "learns the responses")], Conversations: true),
            StageKind.Rft => new("reinforcement fine-tuning samples answers to prompts", null, [("query", Prompt), ("reference_answer", Reference)], Conversations: true),
            StageKind.Dpo => new("preference optimization learns from chosen/rejected pairs", null, [("query", Prompt), ("chosen", "needs the preferred responses"), ("rejected", "needs the rejected responses")], Conversations: true),
            StageKind.Cpt => new("continued pre-training reads raw text", null, [("text", "trains on raw text")], Conversations: false),
            StageKind.Eval when stage.Eval?.Task is { } task && context.Catalog.EvalTasks.TryGetValue(task, out var info) =>
                info.UsesDataset && !EvalCheck.JudgeTasks.Contains(task)
                    ? task == "rft_eval"
                        ? new($"task {task} evaluates on your data", null, [("query", Prompt), ("reference_answer", Reference)], Conversations: true)
                        : new($"task {task} evaluates on your data", null, [("query", Prompt), ("response", "compares answers with the gold responses")], Conversations: false)
                    : new(null, info.UsesDataset ? null : task, [], Conversations: false),
            _ => new(null, null, [], Conversations: false),
        };
    }

    private static bool CheckReference(CheckContext context, Dictionary<string, DatasetDefinition> datasets, string text, string path)
    {
        var reference = DatasetReference.Parse(text);
        if (!datasets.TryGetValue(reference.Name, out var dataset) || dataset is null)
        {
            context.Report(DiagnosticFactory.UnknownDataset(path, reference.Name, datasets.Keys));
            return false;
        }

        if (reference.Part is { } part && (dataset.Split is null || !dataset.Split.ContainsKey(part)))
        {
            context.Report(DiagnosticFactory.UnknownSplitPart(path, reference.Name, part, dataset.Split?.Keys ?? Enumerable.Empty<string>()));
            return false;
        }

        return true;
    }

    private static void CheckSplit(CheckContext context, string name, DatasetDefinition dataset, YamlPath path)
    {
        if (dataset.Sample is { } sample && sample >= 1 && sample != Math.Floor(sample))
        {
            context.Report(DiagnosticFactory.BadSplit(path.Key("sample").ToString(), name, $"sample {sample} is neither a whole row count nor a fraction below 1"));
        }

        if (dataset.Split is not { Count: > 0 } split)
        {
            return;
        }

        var counts = split.Values.Count(v => v >= 1);
        if (counts > 0 && counts < split.Count)
        {
            context.Report(DiagnosticFactory.BadSplit(path.Key("split").ToString(), name, "split mixes row counts and fractions"));
        }
        else if (counts == 0 && split.Values.Sum() > 1 + 1e-9)
        {
            context.Report(DiagnosticFactory.BadSplit(path.Key("split").ToString(), name, $"split fractions add up to {split.Values.Sum().ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}, more than 1"));
        }
        else if (split.Values.Any(v => v <= 0 || (v >= 1 && v != Math.Floor(v))))
        {
            context.Report(DiagnosticFactory.BadSplit(path.Key("split").ToString(), name, "every part needs a positive whole row count or a fraction"));
        }
    }

    private static void CheckSource(CheckContext context, DatasetDefinition dataset, YamlPath path)
    {
        var sourcePath = path.Key("source").ToString();
        var file = context.ResolveFile(dataset.Source!);
        if (!File.Exists(file))
        {
            context.Report(DiagnosticFactory.DataFileMissing(sourcePath, dataset.Source!));
            return;
        }

        if (DataFormats.Of(dataset).Format is null)
        {
            context.Report(DiagnosticFactory.UnknownDataFormat(sourcePath, dataset.Source!));
            return;
        }

        if (context.Options.DataInspector is null)
        {
            return;
        }

        var header = ReadColumns(context, dataset, out var problem);
        if (header is null)
        {
            context.Report(DiagnosticFactory.DataFileUnreadable(sourcePath, dataset.Source!, problem ?? "unknown problem"));
            return;
        }

        if (dataset.Columns is not { } columns)
        {
            return;
        }

        foreach (var (field, column) in MappedColumns(columns))
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                context.Report(DiagnosticFactory.ColumnNotInFile(path.Key("columns").Key(field).ToString(), column, dataset.Source!, header));
            }
        }
    }

    /// <summary>The columns of a dataset's source file, or null when files are not checked or it cannot be read (the inspector remembers each file's answer).</summary>
    private static IReadOnlyList<string>? ReadColumns(CheckContext context, DatasetDefinition dataset, out string? problem)
    {
        problem = null;
        var (format, delimiter) = DataFormats.Of(dataset);
        if (!context.Options.CheckFiles || context.Options.DataInspector is not { } inspector || dataset.Source is null || format is null)
        {
            return null;
        }

        var file = context.ResolveFile(dataset.Source);
        return File.Exists(file) ? inspector.ReadColumns(file, format.Value, delimiter, out problem) : null;
    }

    private static IEnumerable<(string Field, string Column)> MappedColumns(ColumnMapping columns)
    {
        (string, string?)[] single =
        [
            ("query", columns.Query), ("response", columns.Response), ("system", columns.System), ("reference_answer", columns.ReferenceAnswer),
            ("id", columns.Id), ("chosen", columns.Chosen), ("rejected", columns.Rejected), ("text", columns.Text),
        ];
        foreach (var (field, column) in single)
        {
            if (column is not null)
            {
                yield return (field, column);
            }
        }

        foreach (var column in columns.Metadata ?? [])
        {
            yield return ("metadata", column);
        }

        foreach (var column in columns.Extra ?? [])
        {
            yield return ("extra", column);
        }
    }

    /// <summary>The source datasets a dataset reads, through any mixes.</summary>
    private static IEnumerable<(string Name, DatasetDefinition Dataset)> Leaves(Dictionary<string, DatasetDefinition> datasets, string name, HashSet<string> visiting)
    {
        if (!datasets.TryGetValue(name, out var dataset) || dataset is null || !visiting.Add(name))
        {
            yield break;
        }

        if (dataset.Mix is null)
        {
            yield return (name, dataset);
            yield break;
        }

        foreach (var part in dataset.Mix.Select(DatasetReference.Parse).DistinctBy(r => r.Name))
        {
            foreach (var leaf in Leaves(datasets, part.Name, visiting))
            {
                yield return leaf;
            }
        }
    }

    private static List<string>? FindMixCycle(Dictionary<string, DatasetDefinition> datasets)
    {
        foreach (var start in datasets.Keys)
        {
            var stack = new List<string>();
            if (Walk(start) is { } found)
            {
                return found;
            }

            List<string>? Walk(string name)
            {
                if (stack.Contains(name))
                {
                    return [.. stack.SkipWhile(s => s != name), name];
                }

                if (!datasets.TryGetValue(name, out var dataset) || dataset?.Mix is null)
                {
                    return null;
                }

                stack.Add(name);
                foreach (var next in dataset.Mix.Select(m => DatasetReference.Parse(m).Name))
                {
                    if (Walk(next) is { } cycle)
                    {
                        return cycle;
                    }
                }

                stack.RemoveAt(stack.Count - 1);
                return null;
            }
        }

        return null;
    }

    /// <summary>What a stage needs from its dataset: why it needs one at all, the benchmark task that ignores it, the fields, and whether its rows may be conversations already.</summary>
    private sealed record Need(string? Why, string? Ignored, (string Field, string Why)[] Fields, bool Conversations);
}
