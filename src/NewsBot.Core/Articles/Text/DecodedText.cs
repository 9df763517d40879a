namespace NewsBot.Core.Articles.Text;

/// <summary>Decoded text, or the reason the bytes are not article text.</summary>
internal readonly record struct DecodedText(string? Text, string? Problem)
{
    public static DecodedText Failure(string problem) => new(null, problem);
}
