using System.Text.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Serialization;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Serialization;

public sealed class WireFormatTests
{
    [Fact]
    public void Message_FromMessageCreate_ReadsSnowflakesRolesAndIgnoresUnknownFields()
    {
        var frame = JsonDocument.Parse(GatewayFrames.MessageCreate(2, 18446744073709551615, "hi")).RootElement.GetProperty("d");

        var message = frame.Deserialize(DiscordJsonContext.Default.DiscordMessage)!;

        Assert.Equal(ulong.MaxValue, message.Id);
        Assert.Equal(700000000000000001UL, message.ChannelId);
        Assert.Equal(800000000000000001UL, message.GuildId);
        Assert.Equal(600000000000000001UL, message.Author.Id);
        Assert.Equal([500000000000000001UL], message.Member!.Roles);
        Assert.Equal(DiscordMessageType.Default, message.Type);
        Assert.Null(message.WebhookId);
    }

    [Fact]
    public void Interaction_MessageCommand_ResolvesTheTargetMessageAndPermissions()
    {
        const string json = """
            {"id":"300000000000000001","application_id":"900000000000000002","type":2,"token":"tok","version":1,
             "guild_id":"800000000000000001","channel_id":"700000000000000001",
             "member":{"user":{"id":"600000000000000001","username":"reader"},"roles":[],"permissions":"2251799813685247"},
             "data":{"id":"400000000000000002","name":"Ask about this","type":3,"target_id":"100000000000000005",
                     "resolved":{"messages":{"100000000000000005":{"id":"100000000000000005","channel_id":"700000000000000001",
                        "author":{"id":"600000000000000002","username":"writer"},"content":"The vote is on Sunday.","type":0}}}}}
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordInteraction)!;

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("The vote is on Sunday.", interaction.Data!.TargetMessage!.Content);
        Assert.Equal(2251799813685247UL, interaction.Member!.Permissions);
        Assert.Equal(600000000000000001UL, interaction.Invoker!.Id);
    }

    [Fact]
    public void Interaction_Autocomplete_FindsTheFocusedOptionInsideASubCommand()
    {
        const string json = """
            {"id":"1","application_id":"2","type":4,"token":"tok","user":{"id":"3","username":"dm-user"},
             "data":{"name":"news","type":1,"options":[{"name":"search","type":1,"options":[
                 {"name":"topic","type":3,"value":"elec","focused":true},{"name":"count","type":4,"value":3}]}]}}
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordInteraction)!;
        var focused = interaction.Data!.FindFocusedOption();

        Assert.Equal("topic", focused!.Name);
        Assert.Equal("elec", focused.ValueAsString());
        Assert.Equal("3", interaction.Data.Options[0].Options[1].ValueAsString());
        Assert.Equal(3UL, interaction.Invoker!.Id);
    }

    [Fact]
    public void Interaction_ToString_LeavesOutTheToken()
    {
        var text = Some.Interaction().ToString();

        Assert.DoesNotContain(Some.InteractionToken, text, StringComparison.Ordinal);
        Assert.Contains("<redacted>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Snowflake_NotDigits_IsAClearJsonError()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"abc","username":"x"}""", DiscordJsonContext.Default.DiscordUser));

        Assert.Contains("snowflake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_OptionalFieldsWrittenAsNull_ReadAsAbsent()
    {
        const string json = """
            {"id":"1","channel_id":"2","guild_id":null,"member":null,"webhook_id":null,"message_reference":null,
             "author":{"id":"3","username":"u","discriminator":"0","global_name":null,"bot":null,"system":null},
             "content":null,"mentions":null,"mention_roles":null,"type":0,"flags":null,"timestamp":"2026-11-24T12:00:00.000000+00:00"}
            """;

        var message = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordMessage)!;

        Assert.False(message.Author.Bot);
        Assert.False(message.Author.System);
        Assert.Equal("", message.Content);
        Assert.Empty(message.Mentions);
        Assert.Empty(message.MentionRoles);
        Assert.Equal(0, message.Flags);
        Assert.Null(message.GuildId);
    }

    [Fact]
    public void Interaction_OptionalCollectionsWrittenAsNull_ReadAsEmpty()
    {
        const string json = """
            {"id":"1","application_id":"2","type":4,"token":"tok","version":1,"guild_id":null,"member":null,
             "user":{"id":"3","username":"dm-user","bot":null},
             "data":{"id":"4","name":"ask","type":1,"resolved":{"messages":null,"users":null},
                     "options":[{"name":"q","type":3,"value":"elec","focused":true,"options":null},{"name":"n","type":4,"value":2,"focused":null}],
                     "values":null}}
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordInteraction)!;

        Assert.Equal("q", interaction.Data!.FindFocusedOption()!.Name);
        Assert.Empty(interaction.Data.Options[0].Options);
        Assert.Empty(interaction.Data.Values);
        Assert.Empty(interaction.Data.Resolved!.Messages);
        Assert.Null(interaction.Data.TargetMessage);
        Assert.Equal(3UL, interaction.Invoker!.Id);
    }

    [Fact]
    public void Interaction_OptionsNull_GetOptionFindsNothing()
    {
        const string json = """
            {"id":"1","application_id":"2","type":2,"token":"tok","user":{"id":"3","username":"u"},
             "data":{"id":"4","name":"status","type":1,"options":null,"resolved":null}}
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordInteraction)!;

        Assert.Null(interaction.Data!.GetOption("question"));
        Assert.Null(interaction.Data.FindFocusedOption());
    }
}
