namespace NewsBot.Discord;

internal static class Placeholder;
