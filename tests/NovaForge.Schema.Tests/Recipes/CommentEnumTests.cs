using System.Globalization;
using System.Text.RegularExpressions;
using NovaForge.Schema.Catalog;
using Xunit.Abstractions;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Where an official file's comment lists the values a key allows ("allowed values are 16, 32, 64", "Limits: {16, 32,
/// 64}", "(options: 32, 64, 128)", "(16/32/64/128/256)"), the catalog allows no other: a value the file rules out
/// would pass validation and fail only after the job starts.
/// </summary>
public sealed partial class CommentEnumTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_enum_stays_within_the_values_the_official_files_list()
    {
        if (OfficialRecipes.FolderOrSkip(output) is not { } folder)
        {
            return;
        }

        var catalog = NovaCatalog.Default;
        var problems = new List<string>();
        var checkedLists = catalog.Recipes.ToDictionary(r => r.Id, _ => 0, StringComparer.Ordinal);
        foreach (var recipe in catalog.Recipes)
        {
            var parameters = catalog.ParametersOf(recipe).Values.ToDictionary(p => p.Key, StringComparer.Ordinal);
            foreach (var (path, listed) in ListedValues(File.ReadLines(Path.Combine(folder, "recipes", recipe.Path))))
            {
                if (path != "run.replicas" && !parameters.ContainsKey(path))
                {
                    continue;
                }

                IReadOnlyList<double>? allowed = path == "run.replicas"
                    ? [.. recipe.Replicas.Allowed.Select(r => (double)r)]
                    : parameters[path].Enum?.Select(e => e.GetDouble()).ToList();

                checkedLists[recipe.Id]++;
                var outside = allowed is null ? ["any value in its range"] : allowed.Except(listed).Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList();
                if (outside.Count > 0)
                {
                    problems.Add($"{recipe.Id}: {path} allows {string.Join(", ", outside)}; the file lists {string.Join(", ", listed)}");
                }
            }
        }

        output.WriteLine($"{checkedLists.Values.Sum()} listed value sets checked");
        problems.ForEach(p => output.WriteLine($"FAILED {p}"));
        Assert.Empty(problems);

        // Every training file lists the replicas or batch sizes it allows; none found means the parser lost track.
        Assert.Empty(catalog.Recipes.Where(r => r.Kind != "eval" && checkedLists[r.Id] == 0).Select(r => r.Id));
    }

    [Theory]
    [InlineData("global_batch_size: 64 # Global batch size, allowed values are 16, 32, 64", "16,32,64")]
    [InlineData("replicas: 4 # Number of compute instances for training. All supported values: {4, 8, 16}", "4,8,16")]
    [InlineData("replicas: 1 # Number of compute instances for training, allowed value is 1", "1")]
    [InlineData("max_length: 32768 # Sequence length (options: 8192, 16384, 32768 [default], 65536)", "8192,16384,32768,65536")]
    [InlineData("alpha: 128 # Scaling factor for LoRA weights. Allowed values are 32, 64, 96, 128, 160 and 192", "32,64,96,128,160,192")]
    [InlineData("alpha: 64 # Scaling factor for LoRA weights. [32, 64, 96, 128, 160, 192]", "32,64,96,128,160,192")]
    [InlineData("global_batch_size: 64 # Total samples per optimizer step across all replicas (16/32/64/128/256).", "16,32,64,128,256")]
    [InlineData("beta: 0.1 # Strength of preference enforcement. Limits: [0.001, 0.5]", "")]
    [InlineData("max_length: 4096 # Should be between [1024, 4096] and multiple of 1024.", "")]
    [InlineData("reasoning_effort: null # Enable reasoning, options are low/high", "")]
    public void A_comment_lists_values_only_where_it_enumerates_them(string line, string expected)
    {
        var listed = ListedValues(["training_config:", "  " + line]).Select(l => string.Join(",", l.Values)).SingleOrDefault() ?? string.Empty;

        Assert.Equal(expected, listed);
    }

    /// <summary>The dotted path of each key whose comment enumerates numbers, with those numbers.</summary>
    private static IEnumerable<(string Path, IReadOnlyList<double> Values)> ListedValues(IEnumerable<string> lines)
    {
        var parents = new Stack<(int Indent, string Key)>();
        foreach (var line in lines)
        {
            var text = line.TrimStart();
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith('-'))
            {
                continue;
            }

            var indent = line.Length - text.Length;
            while (parents.Count > 0 && parents.Peek().Indent >= indent)
            {
                parents.Pop();
            }

            var key = text.Split(':')[0].Trim();
            var path = string.Join('.', parents.Reverse().Select(p => p.Key).Append(key));
            parents.Push((indent, key));
            var comment = text.IndexOf(" #", StringComparison.Ordinal) is var at and >= 0 ? text[(at + 2)..] : string.Empty;
            if (Enumeration(comment) is { Count: > 0 } values)
            {
                yield return (path, values);
            }
        }
    }

    private static List<double>? Enumeration(string comment)
    {
        var list = Braces().Match(comment) is { Success: true } braces ? braces.Groups[1].Value
            : Keyword().Match(comment) is { Success: true } keyword ? keyword.Groups[1].Value
            : Slashes().Match(comment) is { Success: true } slashes ? slashes.Groups[1].Value
            : Brackets().Match(comment) is { Success: true } brackets && brackets.Groups[1].Value.Count(c => c == ',') >= 2 ? brackets.Groups[1].Value
            : null;
        return list is null ? null : [.. Number().Matches(list).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"(?:allowed values? (?:are|is)|options(?: are)?:?|supported values:?)\s*([^)]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\((\d+(?:/\d+)+)\)")]
    private static partial Regex Slashes();

    [GeneratedRegex(@"\[([0-9., ]+)\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
