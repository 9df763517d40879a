namespace NewsBot.Core.Indexing;

/// <summary>
/// A lock file under the index path held while a process builds, so two processes (the bot and a CLI rebuild)
/// never write generations at once. The operating system releases it if the process dies.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    public const string FileName = "build.lock";

    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, or returns null when another process holds it.</summary>
    public static BuildLock? TryTake(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        try
        {
            var stream = new FileStream(Path.Combine(indexPath, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite,
                FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
            return new BuildLock(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
