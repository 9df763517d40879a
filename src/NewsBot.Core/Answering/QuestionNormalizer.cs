using NewsBot.Core.Articles.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// Makes any input safe to analyse: removes control characters and Discord markup (user, role and channel
/// mentions, custom emoji, @everyone/@here), collapses white space, and shortens an over-long question at a word
/// boundary with a note. Never throws.
/// </summary>
internal static partial class QuestionNormalizer
{
    public static NormalizedQuestion Normalize(string? question, int maxLength)
    {
        var notes = new List<string>();
        if (string.IsNullOrWhiteSpace(question))
        {
            return new NormalizedQuestion("", notes);
        }

        var text = Whitespace.CollapseWithControls(RemoveFormatting(RemoveMarkup(question)));
        if (text.Length > maxLength)
        {
            text = ShortenAtWord(text, maxLength);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Your question was shortened to {text.Length} characters."));
        }

        return new NormalizedQuestion(text, notes);
    }

    private static string RemoveMarkup(string text)
    {
        try
        {
            return DiscordMarkup().Replace(text, " ");
        }
        catch (RegexMatchTimeoutException)
        {
            // The pattern is linear, so this is not expected; leftover markup is harmless to analysis anyway.
            return text;
        }
    }

    /// <summary>
    /// Drops invisible format characters (zero-width space, soft hyphen, joiners, direction marks), which sit inside a
    /// word ("Bey\u00ADoncé") and would otherwise split it, and turns Discord's emphasis marks (*, _, ~, `, |) into
    /// spaces: "_album_" is the word "album" in italics.
    /// </summary>
    private static string RemoveFormatting(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(c is '*' or '_' or '~' or '`' or '|' ? ' ' : c);
        }

        return builder.ToString();
    }

    private static string ShortenAtWord(string text, int maxLength)
    {
        var cut = text.LastIndexOf(' ', Math.Min(maxLength, text.Length - 1));
        if (cut <= maxLength / 2)
        {
            // One enormous word: cut inside it, but never between the halves of a surrogate pair.
            cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        }

        return text[..cut].TrimEnd();
    }

    // <@123>, <@!123>, <@&123>, <#123>, <:name:123>, <a:name:123>, </command:123>, <t:123:R>, @everyone, @here.
    [GeneratedRegex(@"<(?:@[!&]?|#|a?:\w+:|/[\w -]+:|t:)\d+(?::\w)?>|@(?:everyone|here)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DiscordMarkup();
}
