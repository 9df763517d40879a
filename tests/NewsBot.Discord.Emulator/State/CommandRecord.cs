using System.Text.Json.Nodes;

namespace NewsBot.Discord.Emulator.State;

/// <summary>A registered application command (global when <see cref="GuildId"/> is null).</summary>
internal sealed class CommandRecord
{
    public required ulong Id { get; init; }
    public required ulong? GuildId { get; init; }
    public required JsonObject Json { get; set; }

    public string Name => Json["name"]!.GetValue<string>();

    public int Type => Json["type"]!.GetValue<int>();
}
