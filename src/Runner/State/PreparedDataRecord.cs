namespace NovaForge.Runner.State;

/// <summary>A prepared data file a stage's job read.</summary>
public sealed record PreparedDataRecord(string Channel, string Dataset, string Location, long Rows, string Sha256);
