namespace NewsBot.Core.Articles.Text;

/// <summary>
/// Words that end in a period without ending a sentence. Looked up by span (no allocation) via alternate lookups.
/// </summary>
internal static class Abbreviations
{
    // Titles and words that are always followed by more of the same sentence ("Mr. Smith", "e.g. this", "No. 5").
    // Case-sensitive on purpose: "Gen." is a title, "gen." is not a word anyone writes, but "sun." or "sat." end sentences.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "St", "Mt", "Ft", "Fr", "Rev", "Hon", "Gen", "Col", "Lt", "Sgt",
        "Capt", "Cmdr", "Adm", "Maj", "Gov", "Sen", "Rep", "Pres", "Supt", "Insp", "Det", "Cpl", "Pvt", "Fig", "Vol",
        "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "fig", "figs", "vol", "vols", "pp",
    };

    // Words that often stand mid-sentence but can also end one ("in the U.S. The deal ...", "Acme Inc. said").
    // Dotted forms ("U.S", "a.m", "Ph.D") are recognised by shape, so they are not listed here.
    private static readonly HashSet<string> MaybeFinal = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Plc", "Bros", "Jr", "etc", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Dept", "Univ", "Assn", "Ave", "Rd", "Blvd",
    };

    // Capitalised words that usually open a sentence: after a MaybeFinal abbreviation they mean the sentence ended.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their", "Its", "Our", "My", "After", "Before",
        "When", "While", "However", "Meanwhile", "As", "If", "For", "Some", "Many", "Most", "Officials", "Still", "Now",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinalLookup = MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNeverFinal(ReadOnlySpan<char> word) => NeverFinalLookup.Contains(word);

    public static bool IsMaybeFinal(ReadOnlySpan<char> word) => MaybeFinalLookup.Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);
}
