using System.Security;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles.Formats;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles;

/// <summary>
/// Reads article files (<c>.txt .md .markdown .html .htm .json .jsonl</c>) into <see cref="Article"/>s.
/// <see cref="Load"/> never throws for bad input: unreadable, empty, oversized, binary, non-UTF-8 or malformed files,
/// and bad records inside JSON files, come back in <see cref="ArticleLoadResult.Skipped"/> with a readable reason.
/// <see cref="FindFiles"/> ignores missing folders (<see cref="FindMissingSources"/> lists them for the caller to report)
/// and hands back the folders it could not list.
/// Stateless apart from its options: one instance may load many files in parallel.
/// </summary>
public sealed class ArticleLoader : IArticleSource
{
    private readonly ArticleLoaderOptions _options;
    private readonly ILogger _logger;

    /// <summary>A loader with the given limits and an optional logger (skips are logged at Debug; reporting them is the caller's job).</summary>
    public ArticleLoader(ArticleLoaderOptions options, ILogger<ArticleLoader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes);
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>A loader that skips files larger than <paramref name="maxFileBytes"/>.</summary>
    public ArticleLoader(long maxFileBytes)
        : this(new ArticleLoaderOptions(maxFileBytes))
    {
    }

    /// <summary>The file extensions this loader reads (with the dot, compared without regard to case).</summary>
    public static IReadOnlySet<string> SupportedExtensions => ArticleFileFinder.SupportedExtensions;

    /// <inheritdoc />
    public IReadOnlyList<string> FindFiles(IReadOnlyList<string> sourceFolders, ICollection<SkippedFile>? unreadableFolders = null)
    {
        ArgumentNullException.ThrowIfNull(sourceFolders);
        return ArticleFileFinder.Find(sourceFolders, unreadableFolders);
    }

    /// <summary>The sources that do not exist, each as a <see cref="SkippedFile"/> with the reason "folder not found".</summary>
    public static IReadOnlyList<SkippedFile> FindMissingSources(IReadOnlyList<string> sourceFolders)
    {
        ArgumentNullException.ThrowIfNull(sourceFolders);
        return ArticleFileFinder.Missing(sourceFolders);
    }

    /// <inheritdoc />
    public ArticleLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var bytes = ReadBytes(fullPath, out var problem);
        if (bytes is null)
        {
            return Skip(fullPath, problem!);
        }

        var extension = Path.GetExtension(fullPath);
        var decoded = SourceTextDecoder.Decode(bytes, mayDeclareCharset: extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase));
        if (decoded.Text is null)
        {
            return Skip(fullPath, decoded.Problem!);
        }

        var fileId = Path.GetFileNameWithoutExtension(fullPath);
        ParsedFile parsed;
        try
        {
            parsed = Parse(decoded.Text, Path.GetExtension(fullPath), fileId);
        }
        catch (RegexMatchTimeoutException)
        {
            return Skip(fullPath, "markup too tangled to read in time (a line of nested or unclosed ** or [ ]( marks)");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // The contract is "never throws for bad input", and third-party parsers (HtmlAgilityPack, YamlDotNet) can fail
            // on hostile input in ways their documentation does not list. The file is reported; the warning exposes the bug.
            ArticleLoaderLog.ParserFailed(_logger, ex, fullPath);
            return Skip(fullPath, $"could not be read as {Path.GetExtension(fullPath)} ({ex.GetType().Name}: {ex.Message})");
        }

        var skipped = parsed.Problems.Select(p => new SkippedFile(fullPath, p)).ToList();
        var articles = new List<Article>(parsed.Drafts.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in parsed.Drafts)
        {
            var article = ArticleBuilder.Build(draft, fileId, fullPath);
            if (ids.Add(article.Id))
            {
                articles.Add(article);
            }
            else
            {
                // An id names one article; the index would otherwise replace the first record with the second silently.
                skipped.Add(new SkippedFile(fullPath, $"duplicate id '{article.Id}': an earlier record in this file has it"));
            }
        }

        foreach (var skip in skipped)
        {
            ArticleLoaderLog.Skipped(_logger, fullPath, skip.Reason);
        }

        ArticleLoaderLog.Loaded(_logger, articles.Count, fullPath);
        return new ArticleLoadResult(fullPath, articles, skipped);
    }

    private static ParsedFile Parse(string text, string extension, string fileId) => extension.ToLowerInvariant() switch
    {
        ".md" or ".markdown" => MarkdownFormat.Read(text, fileId),
        ".html" or ".htm" => HtmlFormat.Read(text, fileId),
        ".json" => JsonFormat.ReadDocument(text, fileId),
        ".jsonl" => JsonFormat.ReadLines(text, fileId),
        ".txt" => PlainTextFormat.Read(text, fileId),
        _ => ParsedFile.Failed($"unsupported file type '{extension}'"),
    };

    private byte[]? ReadBytes(string path, out string? problem)
    {
        problem = null;
        try
        {
            // Named pipes, sockets and devices report no bytes, and opening a pipe waits for a writer forever: a file of
            // no bytes is skipped before it is opened, so one stray pipe among the articles cannot stall indexing.
            if (new FileInfo(path) is { Exists: true, Length: 0 })
            {
                problem = "empty file";
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > _options.MaxFileBytes)
            {
                problem = $"{ByteSize.Format(length)} is over the {ByteSize.Format(_options.MaxFileBytes)} limit (NewsBot:MaxFileBytes)";
                return null;
            }

            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (FileNotFoundException)
        {
            problem = "file not found";
        }
        catch (DirectoryNotFoundException)
        {
            problem = "file not found (its folder does not exist)";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            problem = $"unreadable ({ex.Message})";
        }

        return null;
    }

    private ArticleLoadResult Skip(string path, string reason)
    {
        ArticleLoaderLog.Skipped(_logger, path, reason);
        return new ArticleLoadResult(path, [], [new SkippedFile(path, reason)]);
    }
}
