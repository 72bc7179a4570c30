using NovaForge.Runner.Data.Formats;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.Data.Sources;
using NovaForge.Runner.Data.Validation;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Yaml;

namespace NovaForge.Runner.Data.Preparation;

/// <summary>
/// Turns a dataset reference into its <see cref="RowSource"/>: source files with their mappings, samples and split
/// parts, and mixes (with cycle detection). Definition problems are reported with their YAML path; no file is read here.
/// </summary>
public sealed class RowSourceBuilder(PipelineDefinition pipeline, string pipelineDirectory, IRowFormat format, Func<string, string> displayPath, ProblemLog problems)
{
    private readonly Dictionary<string, object> datasets = new(StringComparer.Ordinal);

    /// <summary>The rows a reference ('name' or 'name.part') stands for; null when the definition has errors (reported).</summary>
    public RowSource? Build(string reference, string referencePath) => Build(DatasetReference.Parse(reference), referencePath, []);

    private RowSource? Build(DatasetReference reference, string referencePath, List<string> chain)
    {
        var node = Dataset(reference.Name, referencePath, chain);
        if (reference.Part is null)
        {
            return node switch
            {
                SelectedRowSource selected => new PartRowSource(selected, null),
                RowSource rows => rows,
                _ => null,
            };
        }

        if (node is SelectedRowSource split && split.PartNames.Contains(reference.Part))
        {
            return new PartRowSource(split, reference.Part);
        }

        if (node is not null)
        {
            var parts = node is SelectedRowSource s ? s.PartNames.ToList() : [];
            problems.ReportGeneral(DiagnosticFactory.UnknownSplitPart(referencePath, reference.Name, reference.Part, parts));
        }

        return null;
    }

    /// <summary>A dataset's rows before a part is picked: a <see cref="SelectedRowSource"/> when it samples or splits, else a <see cref="RowSource"/>.</summary>
    private object? Dataset(string name, string referencePath, List<string> chain)
    {
        if (datasets.TryGetValue(name, out var built))
        {
            return built;
        }

        if (pipeline.Datasets is not { } all || !all.TryGetValue(name, out var definition) || definition is null)
        {
            problems.ReportGeneral(DiagnosticFactory.UnknownDataset(referencePath, name, pipeline.Datasets?.Keys ?? Enumerable.Empty<string>()));
            return null;
        }

        if (chain.Contains(name, StringComparer.Ordinal))
        {
            problems.ReportGeneral(DiagnosticFactory.DatasetCycle(referencePath, chain.Append(name)));
            return null;
        }

        chain.Add(name);
        RowSource? rows = definition.Mix is { Count: > 0 } mix ? Mix(name, mix, chain) : File(name, definition);
        chain.RemoveAt(chain.Count - 1);
        if (rows is null)
        {
            return null;
        }

        object node = definition.Sample is not null || definition.Split is { Count: > 0 }
            ? new SelectedRowSource(name, rows, definition, YamlPath.Of("datasets", name).ToString())
            : rows;
        datasets[name] = node;
        return node;
    }

    private MixedRowSource? Mix(string name, List<string> mix, List<string> chain)
    {
        var components = mix.Select((reference, index) => Build(DatasetReference.Parse(reference), YamlPath.Of("datasets", name, "mix", index).ToString(), chain)).ToList();
        return components.Any(c => c is null) ? null : new MixedRowSource(components!);
    }

    private FileRowSource? File(string name, DatasetDefinition definition)
    {
        var sourcePath = YamlPath.Of("datasets", name, "source").ToString();
        if (string.IsNullOrEmpty(definition.Source))
        {
            problems.ReportGeneral(DiagnosticFactory.DatasetWithoutSource(YamlPath.Of("datasets", name).ToString(), name));
            return null;
        }

        var fullPath = Path.GetFullPath(definition.Source, pipelineDirectory);
        if (!System.IO.File.Exists(fullPath))
        {
            problems.ReportGeneral(DiagnosticFactory.DataFileMissing(sourcePath, displayPath(fullPath)));
            return null;
        }

        var (sourceFormat, delimiter) = DataFormats.Of(definition);
        if (sourceFormat is not { } dataFormat)
        {
            problems.ReportGeneral(DiagnosticFactory.UnknownDataFormat(sourcePath, displayPath(fullPath)));
            return null;
        }

        var extraPath = YamlPath.Of("datasets", name, "columns", "extra").ToString();
        var clash = format is RftFormat ? definition.Columns?.Extra?.FirstOrDefault(RftFormat.ReservedKeys.Contains) : null;
        if (clash is not null)
        {
            problems.ReportGeneral(DiagnosticFactory.ExtraColumnClash(extraPath, clash));
            return null;
        }

        var file = new DataSourceFile(fullPath, displayPath(fullPath), dataFormat, delimiter);
        var map = FieldMap.Create(file, definition.Columns, definition.SystemPrompt);
        return new FileRowSource(name, file, map, format);
    }
}
