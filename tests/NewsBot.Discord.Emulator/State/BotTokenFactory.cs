using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Discord.Emulator.State;

/// <summary>Makes tokens shaped like Discord's: base64(user id) . base64(timestamp) . HMAC, and interaction tokens.</summary>
internal static class BotTokenFactory
{
    // Discord token timestamps count seconds from 2011-01-01.
    private const long TokenEpochSeconds = 1293840000;

    public static string CreateBotToken(ulong botUserId, DateTimeOffset now)
    {
        var idPart = Base64Url.EncodeToString(Encoding.ASCII.GetBytes(botUserId.ToString(CultureInfo.InvariantCulture)));
        var seconds = (uint)Math.Max(0, now.ToUnixTimeSeconds() - TokenEpochSeconds);
        var timestampBytes = new[] { (byte)(seconds >> 24), (byte)(seconds >> 16), (byte)(seconds >> 8), (byte)seconds };
        var timestampPart = Base64Url.EncodeToString(timestampBytes);
        var key = RandomNumberGenerator.GetBytes(32);
        var mac = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(idPart + "." + timestampPart));
        return $"{idPart}.{timestampPart}.{Base64Url.EncodeToString(mac)[..27]}";
    }

    public static string CreateInteractionToken(ulong interactionId)
    {
        // "aW50ZXJhY3Rpb246" is base64 of "interaction:", the prefix real interaction tokens carry.
        var idPart = Base64Url.EncodeToString(Encoding.ASCII.GetBytes(interactionId.ToString(CultureInfo.InvariantCulture)));
        return "aW50ZXJhY3Rpb246" + idPart + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(96));
    }

    public static bool FixedTimeEquals(string? candidate, string expected) =>
        candidate is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(expected));
}
