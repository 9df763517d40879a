namespace NewsBot.Core.Articles;

/// <summary>Reads article files from source folders. Never throws for a bad file: it is reported in <see cref="ArticleLoadResult.Skipped"/>.</summary>
public interface IArticleSource
{
    /// <summary>The article files (by supported extension) under the folders, recursively, in a stable order.</summary>
    /// <param name="unreadableFolders">Receives each folder that could not be listed, with the reason, for the summary.</param>
    IReadOnlyList<string> FindFiles(IReadOnlyList<string> sourceFolders, ICollection<SkippedFile>? unreadableFolders = null);

    /// <summary>Reads one file into its articles.</summary>
    ArticleLoadResult Load(string path);
}
