using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Tests.Articles;

// The shared data sets (/work/shared/data, formats in its README) must come through ingestion intact:
// every gold answer of an in-corpus question is, by the README's promise, word for word in its article.
public sealed class SharedCorpusTests
{
    private readonly ArticleLoader _loader = new(new ArticleLoaderOptions());

    [Fact]
    public void Load_SquadCorpus_EveryArticleLoadsWithAllGoldAnswersInText()
    {
        var files = _loader.FindFiles([Path.Combine(SharedData.SquadFolder, "corpus")]);
        var articles = files.Select(_loader.Load).SelectMany(r =>
        {
            Assert.Empty(r.Skipped);
            return r.Articles;
        }).ToDictionary(a => a.Id);

        Assert.Equal(10, articles.Count);
        Assert.Equal(694, articles.Values.Sum(a => a.Paragraphs.Count)); // The README's paragraph count.
        Assert.Equal("Beyoncé", articles["beyonce"].Title);

        var checkedAnswers = 0;
        foreach (var line in File.ReadLines(Path.Combine(SharedData.SquadFolder, "questions.jsonl")))
        {
            using var question = JsonDocument.Parse(line);
            var root = question.RootElement;
            if (root.GetProperty("kind").GetString() != "in-corpus")
            {
                continue;
            }

            var text = articles[root.GetProperty("article").GetString()!].Text;
            foreach (var answer in root.GetProperty("answers").EnumerateArray())
            {
                Assert.Contains(answer.GetString()!, text, StringComparison.Ordinal);
                checkedAnswers++;
            }
        }

        Assert.True(checkedAnswers >= 4371, $"only {checkedAnswers} answers checked");
    }

    [Fact]
    public void Load_BbcCorpus_NoParagraphLineIsMistakenForDebris()
    {
        var files = Directory.GetFiles(SharedData.BbcCorpus, "*.md");
        Assert.Equal(2225, files.Length);

        var dropped = files.SelectMany(File.ReadLines).Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal) && DebrisFilter.IsDebris(l)).ToList();

        Assert.Empty(dropped);
    }

    [Fact]
    public void Load_BbcCorpus_EveryLineOfEveryArticleIsInText()
    {
        var lost = new List<string>();
        foreach (var path in Directory.GetFiles(SharedData.BbcCorpus, "*.md"))
        {
            var article = Assert.Single(_loader.Load(path).Articles);
            lost.AddRange(BodyLines(path).Where(l => !article.Text.Contains(l, StringComparison.Ordinal)).Select(l => $"{article.Id}: {l}"));
        }

        Assert.Empty(lost);
    }

    // The plain-text rules (headline detection, header, byline and trailer cutting) must leave real articles whole:
    // each corpus article is written as "Title\n\nbody" text and must come back with the same title and every line.
    [Fact]
    public void Load_CorporaAsPlainText_KeepTitleAndEveryLine()
    {
        using var folder = new TempFolder();
        // Every fourth BBC article (ordinal order) keeps the test quick: writing 2,225 temp files is slow on shared disks.
        var bbcSample = Directory.GetFiles(SharedData.BbcCorpus, "*.md").Order(StringComparer.Ordinal).Where((_, i) => i % 4 == 0);
        var sources = bbcSample.Concat(Directory.GetFiles(Path.Combine(SharedData.SquadFolder, "corpus"), "*.md")).ToList();
        Assert.True(sources.Count > 500);
        var problems = new List<string>();
        foreach (var source in sources)
        {
            var lines = File.ReadAllLines(source);
            var title = System.Net.WebUtility.HtmlDecode(lines[0][2..]);
            var path = folder.Write(Path.GetFileNameWithoutExtension(source) + ".txt", title + "\n\n" + string.Join('\n', lines.Skip(1)));

            var result = _loader.Load(path);

            var article = Assert.Single(result.Articles);
            if (article.Title != title)
            {
                problems.Add($"{article.Id}: title '{article.Title}'");
            }

            problems.AddRange(BodyLines(source)
                .Where(l => !article.Text.Contains(l, StringComparison.Ordinal)).Select(l => $"{article.Id}: lost '{l}'"));
        }

        Assert.Empty(problems);
    }

    // Non-empty lines after the "# Title" line, without a Markdown list marker (the Markdown reader drops it).
    private static IEnumerable<string> BodyLines(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l);

    [Fact]
    public void Load_BbcSample_ParagraphsMatchTheFileBlocks()
    {
        var path = Path.Combine(SharedData.BbcCorpus, "blackburn-v-burnley.md");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("Blackburn v Burnley", article.Title);
        Assert.StartsWith("Ewood Park\n\nTuesday, 1 March\n\n2000 GMT", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nBlackburn boss Mark Hughes: \"Burnley are resolute", article.Text, StringComparison.Ordinal);
    }
}
