namespace NovaForge.Runner.Local.Model;

/// <summary>One training stage a model went through, kept in its checkpoint so its lineage is visible.</summary>
public sealed record TrainingRecord(string Kind, string Stage, int Steps, int Seed);
