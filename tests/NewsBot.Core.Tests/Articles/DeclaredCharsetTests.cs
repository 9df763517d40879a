using System.Text;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Tests.Articles;

public sealed class DeclaredCharsetTests
{
    [Theory]
    [InlineData("<meta charset=\"Windows-1252\">", "windows-1252")]
    [InlineData("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-2'>", "iso-8859-2")]
    [InlineData("<meta name=\"keywords\" content=\"charsets, fonts\"><meta charset = 'koi8-r'>", "koi8-r")]
    [InlineData("<meta name=\"description\" content=\"about charset detection\">", null)]
    [InlineData("<p>charset=windows-1252 in the body, not in a meta tag</p>", null)]
    public void Find_ReadsOnlyAMetaTagsCharsetDeclaration(string head, string? expected) =>
        Assert.Equal(expected, DeclaredCharset.Find(Encoding.ASCII.GetBytes("<html><head>" + head + "</head><body></body></html>")));

    [Fact]
    public void Find_LooksOnlyAtTheFirst1024Bytes()
    {
        var late = new string(' ', 1100) + "<meta charset=\"windows-1252\">";

        Assert.Null(DeclaredCharset.Find(Encoding.ASCII.GetBytes(late)));
    }

    [Theory]
    [InlineData("iso-8859-1", 1252)]
    [InlineData("us-ascii", 1252)]
    [InlineData("shift_jis", 932)]
    public void EncodingFor_KnownLabels_GivesTheEncodingBrowsersUse(string label, int codePage) =>
        Assert.Equal(codePage, DeclaredCharset.EncodingFor(label)!.CodePage);

    [Fact]
    public void EncodingFor_UnknownLabel_IsNull() => Assert.Null(DeclaredCharset.EncodingFor("x-martian"));
}
