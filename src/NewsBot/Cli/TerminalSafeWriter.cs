using System.Text;

namespace NewsBot.Cli;

/// <summary>
/// Writes text with every control character but line breaks and tabs shown as U+FFFD. Article text and file names
/// reach the terminal verbatim otherwise, and an escape sequence in them ("\u001b[2J", an OSC title or link) would act
/// on the terminal instead of being read. JSON output escapes control characters itself and passes through unchanged.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(Safe(value));

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(value.AsSpan().ContainsAnyInRange('\0', '\u001f') || value.AsSpan().ContainsAnyInRange('\u007f', '\u009f')
                ? string.Create(value.Length, value, static (span, text) =>
                {
                    for (var i = 0; i < text.Length; i++)
                    {
                        span[i] = Safe(text[i]);
                    }
                })
                : value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    private static char Safe(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t') ? '\uFFFD' : c;
}
