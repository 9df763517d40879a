namespace NewsBot.Core.Benchmarking;

/// <summary>A named list of queries, one per line of a file (blank lines ignored), asked in file order.</summary>
public sealed record QuerySet(string Name, string Path, IReadOnlyList<string> Queries)
{
    /// <summary>Reads a query file; the set is named after the file (<c>queries-questions.txt</c> is "queries-questions").</summary>
    public static QuerySet Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"query file not found: {full}", full);
        }

        var queries = File.ReadLines(full).Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        if (queries.Count == 0)
        {
            throw new InvalidDataException($"query file {full} holds no queries");
        }

        return new QuerySet(System.IO.Path.GetFileNameWithoutExtension(full), full, queries);
    }
}
