using System.Collections.Frozen;

namespace NewsBot.Core.Search;

/// <summary>
/// Common English irregular past forms and plurals mapped to their base word, so "left" meets "leaving" and "won" meets
/// "wins" after stemming (the Porter stemmer only strips regular endings). General English only, nothing from any
/// corpus; forms that are mostly another word ("found", "felt", "bit", "fed", "lay", "ground") are left out.
/// </summary>
internal static class IrregularForms
{
    private const string Pairs =
        "arose arise arisen arise ate eat eaten eat became become began begin begun begin blew blow blown blow broke break "
        + "broken break brought bring built build bought buy caught catch chose choose chosen choose came come dealt deal "
        + "done do drew draw drawn draw drove drive driven drive fled flee flew fly flown fly fought fight forbade forbid "
        + "forgave forgive forgiven forgive forgot forget forgotten forget froze freeze frozen freeze gave give given give "
        + "went go gone go got get gotten get grew grow grown grow held hold hid hide hidden hide hung hang kept keep "
        + "knew know known know laid lay led lead left leave lent lend lost lose made make meant mean met meet "
        + "oversaw oversee overseen oversee paid pay ran run rang ring rebuilt rebuild rode ride ridden ride rose rise "
        + "risen rise sang sing sung sing sank sink sat sit saw see seen see sought seek sold sell sent send shook shake "
        + "shot shoot slept sleep spoke speak spoken speak spent spend spun spin stood stand stole steal stolen steal "
        + "struck strike stuck stick swam swim swept sweep swore swear sworn swear taught teach took take taken take "
        + "told tell thought think threw throw thrown throw tore tear torn tear undertook undertake understood understand "
        + "upheld uphold withdrew withdraw withdrawn withdraw withheld withhold woke wake wore wear worn wear won win "
        + "wrote write written write men man women woman children child feet foot teeth tooth mice mouse";

    public static FrozenDictionary<string, string> Map { get; } = Build();

    public static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
        Map.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, string> Build()
    {
        var words = Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Length; i += 2)
        {
            map[words[i]] = words[i + 1];
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
