using System.Text.Json;
using NovaForge.Runner.IO;
using NovaForge.Schema.Diagnostics;

namespace NovaForge.Runner.Data.Hashing;

/// <summary>
/// Content hashes of data files, cached by full path, size and modification time as DVC does: while a file keeps its
/// size and mtime its hash is taken from the cache (one stat, no read); otherwise it is hashed again by streaming it.
/// The cache is a small JSON file (<see cref="FileName"/>) in a folder the caller chooses, written atomically by
/// <see cref="Save"/>. A change that keeps both size and mtime is not seen, as with DVC: touch the file to force a rehash.
/// </summary>
public sealed class ContentHashCache
{
    public const string FileName = "hashes.json";

    private const string SizeKey = "size";
    private const string MtimeKey = "mtime_ticks";
    private const string Sha256Key = "sha256";

    private readonly Dictionary<string, HashCacheEntry> entries;
    private readonly List<Diagnostic> diagnostics = [];
    private bool dirty;

    private ContentHashCache(string file, Dictionary<string, HashCacheEntry> entries)
    {
        File = file;
        this.entries = entries;
    }

    /// <summary>The cache file.</summary>
    public string File { get; }

    /// <summary>Warnings from loading (an unreadable cache is ignored and rebuilt).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Loads the cache in <paramref name="directory"/> (e.g. <c>.novaforge/cache</c>), or starts an empty one.</summary>
    public static ContentHashCache Open(string directory)
    {
        var file = Path.Combine(directory, FileName);
        if (!System.IO.File.Exists(file))
        {
            return new ContentHashCache(file, new(StringComparer.Ordinal));
        }

        try
        {
            return new ContentHashCache(file, Parse(System.IO.File.ReadAllBytes(file)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException)
        {
            var cache = new ContentHashCache(file, new(StringComparer.Ordinal));
            cache.diagnostics.Add(DiagnosticFactory.HashCacheIgnored(file, exception.Message));
            return cache;
        }
    }

    /// <summary>The hash of a file: from the cache when its size and mtime are unchanged, otherwise computed and cached.</summary>
    public FileHash Hash(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var info = new FileInfo(fullPath);
        var (size, mtime) = (info.Length, info.LastWriteTimeUtc);
        if (entries.TryGetValue(fullPath, out var entry) && entry.Size == size && entry.MtimeTicks == mtime.Ticks)
        {
            return new FileHash(fullPath, size, mtime, entry.Sha256, FromCache: true);
        }

        var sha256 = Sha256Hex.OfFile(fullPath);
        Remember(fullPath, size, mtime, sha256);
        return new FileHash(fullPath, size, mtime, sha256, FromCache: false);
    }

    /// <summary>Records a hash computed elsewhere (e.g. while writing the file), valid for the size and mtime given.</summary>
    public void Remember(string path, long size, DateTime lastWriteUtc, string sha256)
    {
        entries[Path.GetFullPath(path)] = new HashCacheEntry(size, lastWriteUtc.Ticks, sha256);
        dirty = true;
    }

    /// <summary>
    /// Writes the cache if it changed: to a temporary file, flushed to disk, then renamed over the old one. Entries of
    /// files that no longer exist (renamed staging outputs, deleted data) are dropped, so the cache does not grow forever.
    /// </summary>
    public void Save()
    {
        if (!dirty)
        {
            return;
        }

        foreach (var gone in entries.Keys.Where(path => !System.IO.File.Exists(path)).ToList())
        {
            entries.Remove(gone);
        }

        AtomicFile.Write(File, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            foreach (var (path, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(path);
                writer.WriteNumber(SizeKey, entry.Size);
                writer.WriteNumber(MtimeKey, entry.MtimeTicks);
                writer.WriteString(Sha256Key, entry.Sha256);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
        dirty = false;
    }

    /// <summary>
    /// Reads <c>{"path": {"size": n, "mtime_ticks": n, "sha256": "..."}}</c> with the plain JSON reader: this runs at the
    /// start of every <c>plan</c>, where the serializer's reflection warm-up would cost more than the check itself.
    /// </summary>
    private static Dictionary<string, HashCacheEntry> Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var entries = new Dictionary<string, HashCacheEntry>(StringComparer.Ordinal);
        foreach (var file in document.RootElement.EnumerateObject())
        {
            var entry = file.Value;
            entries[file.Name] = new HashCacheEntry(entry.GetProperty(SizeKey).GetInt64(), entry.GetProperty(MtimeKey).GetInt64(), entry.GetProperty(Sha256Key).GetString()!);
        }

        return entries;
    }
}
