using System.Text.Json.Serialization;
using NewsBot.Core.Answering;

namespace NewsBot.Cli;

/// <summary>The one-line JSON shape of <c>ask --json</c>, stable for scripts.</summary>
internal sealed record JsonAnswer(
    string Question,
    bool Answered,
    IReadOnlyList<JsonQuote> Quotes,
    IReadOnlyList<string> RelatedTitles,
    IReadOnlyList<string> Notes)
{
    public static JsonAnswer From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        [.. answer.Quotes.Select(q => new JsonQuote(q.ArticleId, q.Title, q.Url, q.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), q.Text, q.Start, q.End, Math.Round(q.Score, 4)))],
        answer.RelatedTitles,
        answer.Notes);
}

/// <summary>One quote in <see cref="JsonAnswer"/>: offsets are into the article's text.</summary>
internal sealed record JsonQuote(string ArticleId, string Title, string? Url, string? Date, string Text, int Start, int End, double Score);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(JsonAnswer))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
