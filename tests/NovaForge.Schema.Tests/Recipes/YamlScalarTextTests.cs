using NovaForge.Schema.Diagnostics;
using NovaForge.Schema.Recipes;
using NovaForge.Schema.Yaml;

namespace NovaForge.Schema.Tests.Recipes;

public sealed class YamlScalarTextTests
{
    [Theory]
    [InlineData(1e-5, "1.0e-05")]
    [InlineData(5e-7, "5.0e-07")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(16.0, "16.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1e20, "1.0e+20")]
    public void Floats_always_read_back_as_floats_of_the_same_value(double value, string expected)
    {
        var text = YamlScalarText.Float(value);
        var (document, _) = YamlFileReader.Parse(new SourceText("x.yaml", $"v: {text}"));
        var parsed = ((YMapping)document!.Root!).Entries[0].Value;

        Assert.Equal(expected, text);
        Assert.Equal("number", YamlScalars.TypeName(YamlScalars.ToJson((YScalar)parsed)));
        Assert.Equal(value, YamlScalars.ToJson((YScalar)parsed)!.GetValue<double>());
    }

    [Theory]
    [InlineData("lora", "\"lora\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("say \"hi\"\n", "\"say \\\"hi\\\"\\n\"")]
    [InlineData("s3://bucket/<dataset 'x'>", "\"s3://bucket/<dataset 'x'>\"")]
    public void Strings_are_double_quoted_and_escaped(string value, string expected) =>
        Assert.Equal(expected, YamlScalarText.String(value));
}
