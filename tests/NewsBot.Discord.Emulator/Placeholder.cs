namespace NewsBot.Discord.Emulator;

internal static class Placeholder;
