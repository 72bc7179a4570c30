namespace NovaForge.Runner.Tests.Reliability;

/// <summary>
/// The tests that run the local example pipeline in separate processes: one at a time (they share two cores with
/// everything else), and sharing one uninterrupted reference run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LocalRunsCollection : ICollectionFixture<ReferenceRun>
{
    public const string Name = "local pipeline runs";
}
