namespace NovaForge.Runner.Tests.Data;

/// <summary>Tests that run the program on gigabytes run alone: they need the cores and the disk to finish in time, and would slow every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeFileCollection
{
    public const string Name = "large files";
}
