namespace NewsBot.Core.Configuration;

/// <summary>The <c>NewsBot</c> configuration section: where articles come from, where the index lives, how answers are shaped.</summary>
/// <remarks>Validated at start-up by <see cref="NewsBotOptionsValidator"/>; the executable resolves relative paths against its content root.</remarks>
public sealed class NewsBotOptions
{
    public const string SectionName = "NewsBot";

    /// <summary>Folders of article files (default: <c>seeds</c>).</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Folder that holds the Lucene index generations (default: <c>index</c>).</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>Most quotes in one answer (1–10, default 3).</summary>
    public int MaxQuotes { get; set; } = 3;

    /// <summary>Longest quote, in characters (80–2000, default 400).</summary>
    public int MaxQuoteLength { get; set; } = 400;

    /// <summary>Article files larger than this are skipped with a reason (default 10 MiB).</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Questions longer than this are shortened, with a note in the answer (16–100,000, default 1000).</summary>
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>
    /// How often the running bot checks whether <c>newsbot index</c>, run in another process, has built a newer index,
    /// and switches to it (0–3600 seconds, default 10; 0 turns the check off).
    /// </summary>
    public int IndexReloadSeconds { get; set; } = 10;
}
