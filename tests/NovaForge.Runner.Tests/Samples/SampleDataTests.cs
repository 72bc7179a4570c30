using NovaForge.Runner.Tests.Support;

namespace NovaForge.Runner.Tests.Samples;

public sealed class SampleDataTests
{
    [Fact]
    public void Committed_stack_overflow_sample_is_what_the_generator_writes()
    {
        var path = RepositoryPaths.InRepository("pipelines", "data", "stack-overflow-questions.csv");
        var expected = StackOverflowSampleGenerator.Generate();
        if (Environment.GetEnvironmentVariable("NOVAFORGE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.ReadAllText(path);

        Assert.Equal(expected, actual);
    }
}
