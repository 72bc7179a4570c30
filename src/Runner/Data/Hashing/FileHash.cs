namespace NovaForge.Runner.Data.Hashing;

/// <summary>A file's SHA-256 (lowercase hex) with the size and modification time it was taken at, and whether it came from the cache.</summary>
public sealed record FileHash(string Path, long Size, DateTime LastWriteUtc, string Sha256, bool FromCache);
