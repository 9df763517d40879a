namespace NewsBot.Core.Articles;

/// <summary>Reads article files from source folders. Never throws for a bad file: it is reported in <see cref="ArticleLoadResult.Skipped"/>.</summary>
public interface IArticleSource
{
    /// <summary>The article files (by supported extension) under the folders, recursively, in a stable order.</summary>
    IReadOnlyList<string> FindFiles(IReadOnlyList<string> sourceFolders);

    /// <summary>Reads one file into its articles.</summary>
    ArticleLoadResult Load(string path);
}
