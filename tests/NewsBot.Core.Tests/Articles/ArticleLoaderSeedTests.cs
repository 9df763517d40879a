using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

// The seed is a Vox page pasted as text (/work/shared/seeds): navigation debris first, a photo credit after the dek.
public sealed class ArticleLoaderSeedTests
{
    private static readonly Article Seed = LoadSeed();

    [Fact]
    public void Load_Seed_TitleIsTheHeadlineNotTheNavigation()
    {
        Assert.Equal("A cybersecurity group thinks Russia is trying to hack the French election", Seed.Title);
        Assert.Equal("000_4663b4fa3a7231cb", Seed.Id);
    }

    [Theory]
    [InlineData("clock")]
    [InlineData("more-arrow")]
    [InlineData("mobile")]
    [InlineData("Filed under")]
    [InlineData("Getty Images")]
    public void Load_Seed_DebrisIsNotInText(string debris)
    {
        Assert.DoesNotContain(debris, Seed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Seed_KeepsTheArticleParagraphsExactly()
    {
        Assert.StartsWith("It believes the group behind the DNC hacks is going after Macron.\n\nRussian hackers — potentially", Seed.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nThat’s according to a new report from Tokyo-based cybersecurity firm Trend Micro.\n\n", Seed.Text, StringComparison.Ordinal);
        Assert.EndsWith("those denials are growing less and less convincing.", Seed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A cybersecurity group thinks", Seed.Text, StringComparison.Ordinal);
        Assert.Equal(11, Seed.Paragraphs.Count); // 15 blocks minus two navigation lines, the title and the photo credit.
    }

    [Fact]
    public void Load_Seed_SentencesAreSensible()
    {
        var sentences = Seed.Sentences.Select(s => Seed.Text[s.Start..s.End]).ToList();

        Assert.Contains("That’s according to a new report from Tokyo-based cybersecurity firm Trend Micro.", sentences);
        Assert.Contains("In 2014, her campaign received a nearly $12 million loan from a Russian bank, after she claimed she was turned down by about a dozen European banks.", sentences);
        Assert.Contains("“He makes mistakes, but who doesn’t?", sentences);
        Assert.All(Seed.Sentences, s => Assert.Contains(Seed.Paragraphs, p => p.Contains(s)));
        Assert.All(sentences, s => Assert.False(char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])));
    }

    [Fact]
    public void Load_Seed_HashAndPathDescribeTheFile()
    {
        Assert.Equal(Path.GetFullPath(SharedData.SeedArticle), Seed.SourcePath);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Seed.Title + "\n" + Seed.Text)));
        Assert.Equal(expected, Seed.ContentHash);
    }

    private static Article LoadSeed()
    {
        var result = new ArticleLoader(new ArticleLoaderOptions()).Load(SharedData.SeedArticle);
        Assert.Empty(result.Skipped);
        return Assert.Single(result.Articles);
    }
}
