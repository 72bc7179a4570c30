using System.Text;

namespace NovaForge.Runner.IO;

/// <summary>
/// Writes files so that a reader (or a crash, or a power loss) only ever sees the old or the new content: write a temp
/// file in the same folder, flush it to disk, rename it over the target, then flush the folder so the rename itself is
/// on disk. Optionally keeps the previous version as a backup, written and flushed the same way.
/// </summary>
public static class AtomicFile
{
    private const UnixFileMode PrivateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void WriteAllText(string path, string text, bool keepBackup = false, bool isPrivate = false) =>
        Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(text)), keepBackup, isPrivate);

    /// <summary>Writes <paramref name="path"/> atomically with what <paramref name="write"/> puts in the stream.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the new content.</param>
    /// <param name="keepBackup">Keep the previous version as <c>path.bak</c>.</param>
    /// <param name="isPrivate">Readable and writable by the user only (Unix).</param>
    /// <param name="beforeReplace">Called when the new content is on disk, just before it replaces the file (a crash test kills the process there).</param>
    public static void Write(string path, Action<Stream> write, bool keepBackup = false, bool isPrivate = false, Action? beforeReplace = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = TemporaryPathFor(path);
        try
        {
            using (var stream = Create(temp, isPrivate))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (keepBackup && File.Exists(path))
            {
                var backupTemp = TemporaryPathFor(path + ".bak");
                try
                {
                    using (var source = File.OpenRead(path))
                    using (var backup = Create(backupTemp, isPrivate))
                    {
                        source.CopyTo(backup);
                        backup.Flush(flushToDisk: true);
                    }

                    File.Move(backupTemp, path + ".bak", overwrite: true);
                }
                finally
                {
                    File.Delete(backupTemp);
                }
            }

            beforeReplace?.Invoke();
            File.Move(temp, path, overwrite: true);
            DirectorySync.Flush(directory);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>A unique hidden name beside <paramref name="path"/>, which no reader mistakes for the file itself.</summary>
    public static string TemporaryPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }

    private static FileStream Create(string path, bool isPrivate)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (isPrivate && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateMode;
        }

        return new FileStream(path, options);
    }
}
