namespace NewsBot.Core.Indexing;

/// <summary>Progress of a build: source files read of the total found, and articles indexed so far.</summary>
public sealed record IndexBuildProgress(int FilesDone, int FilesTotal, int ArticlesIndexed);
