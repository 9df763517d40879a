using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Configuration;

/// <summary>The <c>NewsBot</c> configuration section: where articles come from, where the index lives, how answers are shaped.</summary>
public sealed class NewsBotOptions
{
    public const string SectionName = "NewsBot";

    /// <summary>Folders of article files, relative to the content root (the repository root by default).</summary>
    [MinLength(1)]
    public List<string> Sources { get; set; } = [];

    /// <summary>Folder that holds the Lucene index generations.</summary>
    [Required]
    public string IndexPath { get; set; } = "index";

    /// <summary>Most quotes in one answer.</summary>
    [Range(1, 10)]
    public int MaxQuotes { get; set; } = 3;

    /// <summary>Longest quote, in characters.</summary>
    [Range(80, 2000)]
    public int MaxQuoteLength { get; set; } = 400;

    /// <summary>Article files larger than this are skipped with a reason.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Questions longer than this are truncated (with a note in the answer).</summary>
    [Range(16, 100_000)]
    public int MaxQuestionLength { get; set; } = 1000;
}
