using System.Text.Json;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Reads a JSON Lines question file. A malformed line is an error naming the file and line, since a silently
/// shorter question set would change every measure.
/// </summary>
public static class QuestionSetReader
{
    public static IReadOnlyList<EvaluationQuestion> Read(string path)
    {
        var questions = new List<EvaluationQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                questions.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: not a question object ({e.Message})", e);
            }
        }

        return questions;
    }

    private static EvaluationQuestion Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var answers = root.TryGetProperty("answers", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length > 0).ToList()
            : [];
        var kind = root.GetProperty("kind").GetString() switch
        {
            "in-corpus" => QuestionKind.InCorpus,
            "unanswerable" => QuestionKind.Unanswerable,
            "off-corpus" => QuestionKind.OffCorpus,
            var other => throw new FormatException($"unknown kind '{other}'"),
        };
        return new EvaluationQuestion(
            root.GetProperty("id").GetString() ?? "",
            root.GetProperty("question").GetString() ?? "",
            answers,
            root.TryGetProperty("article", out var article) ? article.GetString() ?? "" : "",
            kind);
    }
}
