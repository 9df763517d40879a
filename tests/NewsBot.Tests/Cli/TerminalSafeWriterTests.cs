using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

public sealed class TerminalSafeWriterTests
{
    [Fact]
    public void Write_TextWithEscapeSequences_ShowsTheControlCharactersInsteadOfSendingThem()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using var writer = new TerminalSafeWriter(inner);

        writer.Write("Clear\u001b[2J the screen");
        writer.WriteLine(" and \u001b]0;title\u0007 set a title");
        writer.Write('\u009b');
        var chars = "tabs\tand\r\nbreaks stay".ToCharArray();
        writer.Write(chars, 0, chars.Length);

        Assert.Equal("Clear\uFFFD[2J the screen and \uFFFD]0;title\uFFFD set a title\n\uFFFDtabs\tand\r\nbreaks stay", inner.ToString());
    }
}
