using System.Diagnostics;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// Shows build progress on standard error: a redrawn bar on a terminal, or a plain line every few seconds when redirected
/// (so logs and CI output stay readable).
/// </summary>
internal sealed class ConsoleProgress(CliConsole console) : IProgress<IndexBuildProgress>
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private bool _drewBar;
    private bool _firstLine = true;
    private IndexBuildProgress? _lastLine;

    public void Report(IndexBuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var total = Math.Max(value.FilesTotal, 1);
            var share = Math.Clamp((double)value.FilesDone / total, 0, 1);
            if (console.IsOutputTerminal)
            {
                const int Width = 30;
                var filled = (int)(share * Width);
                console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {share,4:P0} {value.FilesDone:N0}/{value.FilesTotal:N0} files, {value.ArticlesIndexed:N0} articles ");
                _drewBar = true;
            }
            else if (value != _lastLine && (_firstLine || _sinceLast.Elapsed >= LineInterval || value.FilesDone == value.FilesTotal))
            {
                console.Error.WriteLine($"indexing: {value.FilesDone:N0}/{value.FilesTotal:N0} files ({share:P0}), {value.ArticlesIndexed:N0} articles");
                _sinceLast.Restart();
                _lastLine = value;
                _firstLine = false;
            }
        }
    }

    /// <summary>Ends the bar's line so the next output starts on a fresh one.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drewBar)
            {
                console.Error.WriteLine();
                _drewBar = false;
            }
        }
    }
}
