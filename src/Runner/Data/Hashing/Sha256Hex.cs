using System.Security.Cryptography;

namespace NovaForge.Runner.Data.Hashing;

/// <summary>SHA-256 as lowercase hex, the form <c>sha256sum</c> prints and state files store.</summary>
public static class Sha256Hex
{
    public static string Of(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    /// <summary>Hashes a file by streaming it (constant memory).</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20, FileOptions.SequentialScan);
        return Of(SHA256.HashData(stream));
    }
}
