using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using NovaForge.Runner.Data.Hashing;
using NovaForge.Runner.Data.Mapping;
using NovaForge.Runner.IO;

namespace NovaForge.Runner.Data.Output;

/// <summary>
/// Writes JSONL rows to a hidden temporary file beside the target and hashes the bytes (SHA-256) as they are written,
/// in the same pass: full 1 MB buffers are hashed and written on a background task, in order, while the next buffer
/// fills (two buffers in all). <see cref="Commit"/> flushes to disk, renames the file into place and flushes its folder (so the name is durable too); disposing without committing
/// deletes it, so an interrupted or failed preparation never leaves a file that looks complete.
/// </summary>
public sealed class JsonlOutputWriter : IDisposable
{
    private const int FlushThreshold = 1 << 20;
    private static readonly byte[] NewLine = [(byte)'\n'];

    private readonly string path;
    private readonly string temporary;
    private readonly FileStream file;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Utf8JsonWriter writer;
    private ArrayBufferWriter<byte> buffer = new(FlushThreshold + (64 << 10));
    private ArrayBufferWriter<byte> spare = new(FlushThreshold + (64 << 10));
    private Task pending = Task.CompletedTask;
    private bool committed;

    private JsonlOutputWriter(string path)
    {
        this.path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(this.path)!);
        temporary = AtomicFile.TemporaryPathFor(this.path);
        file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        writer = new Utf8JsonWriter(buffer, RowJson.WriterOptions);
    }

    public long Rows { get; private set; }

    public long Bytes { get; private set; }

    public static JsonlOutputWriter Create(string path) => new(path);

    /// <summary>The writer for the next row: write exactly one JSON value, then call <see cref="EndRow"/>.</summary>
    public Utf8JsonWriter BeginRow() => writer;

    public void EndRow()
    {
        writer.Flush();
        writer.Reset();
        buffer.Write(NewLine);
        Rows++;
        if (buffer.WrittenCount >= FlushThreshold)
        {
            FlushBuffer();
        }
    }

    /// <summary>Finishes the file: flushed to disk, renamed into place. Returns its SHA-256 (lowercase hex).</summary>
    public string Commit()
    {
        FlushBuffer();
        pending.GetAwaiter().GetResult();
        file.Flush(flushToDisk: true);
        file.Dispose();
        File.Move(temporary, path, overwrite: true);
        committed = true;
        DirectorySync.Flush(Path.GetDirectoryName(path)!);
        return Sha256Hex.Of(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        // A failed write already ended this output; what is left is to release the file before deleting it.
        pending.ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        writer.Dispose();
        hash.Dispose();
        file.Dispose();
        if (!committed)
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Hands the full buffer to the background task (after the previous one finished) and writes on into the other.</summary>
    private void FlushBuffer()
    {
        pending.GetAwaiter().GetResult();
        var full = buffer;
        (buffer, spare) = (spare, full);
        writer.Reset(buffer);
        Bytes += full.WrittenCount;
        pending = Task.Run(() =>
        {
            hash.AppendData(full.WrittenSpan);
            file.Write(full.WrittenSpan);
            full.ResetWrittenCount();
        });
    }
}
