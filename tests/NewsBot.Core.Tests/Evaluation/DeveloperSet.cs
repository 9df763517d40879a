namespace NewsBot.Core.Tests.Evaluation;

/// <summary>Finds the repository's copy of the SQuAD developer sample (tests/data/squad-train-sample), walking up from the test binaries.</summary>
internal static class DeveloperSet
{
    public static string Folder { get; } = Locate();

    public static string Corpus => Path.Combine(Folder, "corpus");

    public static string Questions => Path.Combine(Folder, "questions.jsonl");

    /// <summary>The held-out news questions (tests/data/bbc-questions) about the shared BBC corpus.</summary>
    public static string NewsQuestions => Path.Combine(Folder, "..", "bbc-questions", "questions.jsonl");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "squad-train-sample");
            if (File.Exists(Path.Combine(candidate, "questions.jsonl")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/data/squad-train-sample was not found above " + AppContext.BaseDirectory);
    }
}
