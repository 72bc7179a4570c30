using System.CommandLine;
using System.Text.RegularExpressions;
using NovaForge.Runner.Evaluation.Classification;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Cli;

/// <summary>--labels, --label-regex and --label-json-field: how classification reads a label from an answer (metrics, report).</summary>
public sealed class LabelOptions
{
    private readonly Option<string?> labels = new("--labels") { Description = "Classification: the label set, comma-separated (e.g. HQ,LQ_EDIT,LQ_CLOSE); the first label an answer mentions is its prediction. With --label-json-field: the field's allowed values." };
    private readonly Option<string?> regex = new("--label-regex") { Description = "Classification: a regular expression whose 'label' group (or first group) is the label." };
    private readonly Option<string?> jsonField = new("--label-json-field") { Description = "Classification: answers are JSON and this field is the label (e.g. class); JSON schema adherence is reported too (one JSON object, the gold's keys, a known label)." };

    public void AddTo(Command command)
    {
        command.Options.Add(labels);
        command.Options.Add(regex);
        command.Options.Add(jsonField);
    }

    /// <summary>
    /// The extraction the options ask for (null when none), or a diagnostic when they conflict or the regex is invalid.
    /// A regex excludes the others; --labels with --label-json-field names the field's allowed values.
    /// </summary>
    public LabelExtraction? Read(ParseResult parse, out Diagnostic? problem)
    {
        problem = null;
        var (labelText, regexText, field) = (parse.GetValue(labels), parse.GetValue(regex), parse.GetValue(jsonField));
        var given = new (string Name, string? Value)[] { ("--labels", labelText), ("--label-regex", regexText), ("--label-json-field", field) }.Where(o => !string.IsNullOrWhiteSpace(o.Value)).ToList();
        if (given.Count > 1 && given.Any(g => g.Name == "--label-regex"))
        {
            problem = DiagnosticFactory.LabelOptionsConflict(given.Select(g => g.Name));
            return null;
        }

        if (regexText is not null)
        {
            try
            {
                _ = new Regex(regexText, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                problem = DiagnosticFactory.LabelRegexInvalid(regexText, e.Message);
                return null;
            }
        }

        return given.Count == 0 ? null : new LabelExtraction
        {
            Labels = labelText?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Regex = regexText,
            JsonField = field,
        };
    }
}
