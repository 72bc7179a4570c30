using NovaForge.Schema.Catalog;
using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Model;
using NovaForge.Schema.Recipes;

namespace NovaForge.Schema.Tests.Recipes;

/// <summary>
/// Hostile or broken templates, given the real values model of a stage, end in diagnostics naming the template file
/// and line, never in exceptions or file access.
/// </summary>
public sealed class TemplateSandboxTests
{
    private static RenderResult Render(string main, params (string Name, string Text)[] others)
    {
        var templates = others.Append(("main.sbn", main)).ToDictionary(t => t.Item1, t => t.Item2);
        var pipeline = StagePipelines.With("nova-lite-2", new StageDefinition { Kind = StageKind.Sft });
        var prepared = StagePipelines.Prepare(pipeline).Recipe!;
        var selection = prepared.Selection with { Recipe = prepared.Selection.Recipe with { Template = "main.sbn" } };
        var run = RunValuePlaceholders.For(pipeline, pipeline.Stages![0], selection);

        return new RecipeRenderer(name => templates.GetValueOrDefault(name)).Render(NovaCatalog.Default, selection, prepared.Parameters, run);
    }

    private static Diagnostic RenderFails(string main, params (string Name, string Text)[] others)
    {
        var result = Render(main, others);

        Assert.Null(result.Text);
        return Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("../catalog.yaml")]
    [InlineData("../../src/Schema/NovaForge.Schema.csproj")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../catalog.yaml")]
    [InlineData("C:\\\\Windows\\\\win.ini")]
    public void Including_a_path_outside_the_templates_is_refused(string path)
    {
        var diagnostic = RenderFails($"run:\n  lr: {{{{ p.lr }}}}\n{{{{ include \"{path}\" }}}}\n");

        Assert.Equal("NF4002", diagnostic.Code);
        Assert.Equal(("recipes/templates/main.sbn", 3), (diagnostic.Location!.File, diagnostic.Location.Line));
    }

    [Fact]
    public void A_missing_include_names_the_including_file_and_line()
    {
        var diagnostic = RenderFails("a: 1\n{{ include \"partials/missing.sbn\" }}\n");

        Assert.Equal(("NF4001", "recipes/templates/main.sbn", 2), (diagnostic.Code, diagnostic.Location!.File, diagnostic.Location.Line));
    }

    [Fact]
    public void An_infinite_loop_stops_at_the_loop_limit()
    {
        var diagnostic = RenderFails("a: 1\n{{ while true }}x{{ end }}\n");

        Assert.Equal(("NF4005", 2), (diagnostic.Code, diagnostic.Location!.Line));
    }

    [Fact]
    public void Deep_recursion_stops_at_the_recursion_limit()
    {
        var diagnostic = RenderFails("{{ include \"self.sbn\" }}", ("self.sbn", "x\n{{ include \"self.sbn\" }}"));

        Assert.Equal(("NF4005", "recipes/templates/self.sbn"), (diagnostic.Code, diagnostic.Location!.File));
    }

    [Theory]
    [InlineData("a: {{ undefined_value }}")]
    [InlineData("a: {{ p.missing }}")]
    [InlineData("a: {{ date.now }}")]
    [InlineData("a: {{ environment.get \"HOME\" }}")]
    [InlineData("{{ p.lr = \"x\" }}")]
    public void Only_the_values_model_is_reachable(string template)
    {
        var diagnostic = RenderFails($"run:\n{template}\n");

        Assert.Equal(("NF4004", "recipes/templates/main.sbn", 2), (diagnostic.Code, diagnostic.Location!.File, diagnostic.Location.Line));
    }

    [Fact]
    public void A_syntax_error_in_an_included_template_names_that_template_and_line()
    {
        var diagnostic = RenderFails("{{ include \"partials/broken.sbn\" }}", ("partials/broken.sbn", "a: 1\nb: {{ if }}\n"));

        Assert.Equal(("NF4003", "recipes/templates/partials/broken.sbn", 2), (diagnostic.Code, diagnostic.Location!.File, diagnostic.Location.Line));
    }

    [Fact]
    public void A_syntax_error_in_the_recipe_template_names_its_line()
    {
        var diagnostic = RenderFails("run:\n  a: {{ if }}\n");

        Assert.Equal(("NF4003", "recipes/templates/main.sbn", 2), (diagnostic.Code, diagnostic.Location!.File, diagnostic.Location.Line));
    }

    [Theory]
    [InlineData("{{ include }}")]
    [InlineData("{{ include 42 }}")]
    public void A_misused_include_is_a_diagnostic(string template)
    {
        var diagnostic = RenderFails(template);

        Assert.StartsWith("NF400", diagnostic.Code, StringComparison.Ordinal);
        Assert.Equal("recipes/templates/main.sbn", diagnostic.Location!.File);
    }

    [Fact]
    public void Output_that_is_not_yaml_is_refused()
    {
        var diagnostic = RenderFails("a: [1, 2\nb: {{ p.lr }}\n");

        Assert.Equal("NF4006", diagnostic.Code);
    }

    [Fact]
    public void Invalid_output_is_reported_at_the_template_line_that_wrote_it_not_the_output_line()
    {
        var diagnostic = RenderFails("run:\n  name: {{ run.name }}\n\n{{ if true }}\n   - lr: {{ p.lr }}\n{{ end }}\n");

        Assert.Equal(("NF4006", "recipes/templates/main.sbn", 5), (diagnostic.Code, diagnostic.Location!.File, diagnostic.Location.Line));
        Assert.Contains("at its line 3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_output_from_an_include_is_reported_in_the_included_template()
    {
        var diagnostic = RenderFails(
            "run:\n  name: {{ run.name }}\ntraining_config:\n  {{ include \"partials/optim.sbn\" }}\n",
            ("partials/optim.sbn", "{{## the optimizer ##}}\noptim:\n  lr: {{ p.lr }}\n - eps: 1\n"));

        Assert.Equal(("NF4006", "recipes/templates/partials/optim.sbn", 4), (diagnostic.Code, diagnostic.Location!.File, diagnostic.Location.Line));
    }

    [Theory]
    [InlineData("a: {{ undefined_value }}\n")]
    [InlineData("{{ include \"partials/missing.sbn\" }}\n")]
    [InlineData("a: [1, 2\n")]
    public void A_template_problem_names_the_stage_being_rendered(string template)
    {
        var diagnostic = RenderFails(template);

        Assert.StartsWith("stage 'stage': ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendered_text_has_lf_endings_and_no_blank_lines()
    {
        var result = Render("run:\r\n\r\n  lr: {{ p.lr }}   \r\n{{ if false }}\r\n  x: 1\r\n{{ end }}\r\n");

        Assert.Equal("run:\n  lr: 1.0e-05\n", result.Text);
    }

    [Fact]
    public void A_template_name_outside_the_templates_is_refused_before_reading()
    {
        var result = new RecipeRenderer(_ => throw new InvalidOperationException("must not be read")).RenderTemplate("../catalog.yaml", new Scriban.Runtime.ScriptObject());

        Assert.Equal("NF4002", Assert.Single(result.Diagnostics).Code);
    }
}
