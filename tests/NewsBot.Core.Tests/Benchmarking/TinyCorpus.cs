using NewsBot.Core.Tests.Support;

namespace NewsBot.Core.Tests.Benchmarking;

/// <summary>Five short Markdown articles in the shared corpus format (made up for the tests) and a query file about them.</summary>
internal sealed class TinyCorpus : IDisposable
{
    public static readonly string[] Slugs = ["bank-raises-rates", "city-wins-cup", "new-phone-launch", "rail-strike-ends", "film-tops-box-office"];

    private readonly TempFolder _folder = new();

    public TinyCorpus()
    {
        Directory.CreateDirectory(CorpusFolder);
        Write("bank-raises-rates", "Bank raises rates", "The central bank raised interest rates to 4.75% on Thursday. Analysts had expected the move.",
            "Mortgage lenders said they would pass the rise on to borrowers within a month.");
        Write("city-wins-cup", "City wins the cup", "City beat United 2-1 in the final at Wembley. The winning goal came in extra time.",
            "The manager said the squad had earned the trophy after a long season.");
        Write("new-phone-launch", "New phone launched", "The company launched its new phone in London. It has a larger screen and a faster chip.",
            "Sales begin next week at a price of 499 pounds.");
        Write("rail-strike-ends", "Rail strike ends", "Train drivers ended their strike after the union accepted a pay offer of 3%.",
            "Services will return to normal on Monday, the operator said.");
        Write("film-tops-box-office", "Film tops the box office", "The animated film took 12 million dollars in its first weekend. Critics praised its music.");
        File.WriteAllLines(QueryFile, ["Who raised interest rates?", "Rail strike ends", "When do phone sales begin?"]);
    }

    public string CorpusFolder => _folder.Combine("corpus");

    public string QueryFile => _folder.Combine("queries.txt");

    public string WorkFolder => _folder.Combine("work");

    public void Dispose() => _folder.Dispose();

    private void Write(string slug, string title, params string[] paragraphs) =>
        File.WriteAllText(Path.Combine(CorpusFolder, slug + ".md"), $"# {title}\n\n{string.Join("\n\n", paragraphs)}\n");
}
