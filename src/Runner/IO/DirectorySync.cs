using System.Runtime.InteropServices;

namespace NovaForge.Runner.IO;

/// <summary>
/// Makes a rename durable. Flushing a file's bytes does not record its new name: on Unix the name lives in the folder,
/// which has to be fsynced itself (opened read-only, as SQLite and Git do) or a power loss can bring the old name
/// back. On Windows this is a no-op: NTFS journals renames and .NET gives no handle to flush a folder through.
/// </summary>
public static partial class DirectorySync
{
    private const int ReadOnly = 0;
    private const int InvalidArgument = 22;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open the folder '{directory}' to flush it to disk: {Marshal.GetLastPInvokeErrorMessage()}");
        }

        try
        {
            // Some file systems (FUSE mounts, some network shares) cannot sync a folder and say so with EINVAL; there
            // is nothing more to do on those.
            if (Fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() != InvalidArgument)
            {
                throw new IOException($"cannot flush the folder '{directory}' to disk: {Marshal.GetLastPInvokeErrorMessage()}");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
