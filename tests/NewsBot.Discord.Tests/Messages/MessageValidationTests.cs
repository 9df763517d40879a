using System.Net;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Messages;

public sealed class MessageValidationTests
{
    private readonly ObservedTimeProvider _time = new();
    private readonly FakeHttpMessageHandler _http;

    public MessageValidationTests() => _http = new FakeHttpMessageHandler(_time) { Default = _ => FakeHttpMessageHandler.NoContent() };

    public static TheoryData<string, MessagePayload> InvalidPayloads()
    {
        var field = new EmbedField("name", "value");
        return new TheoryData<string, MessagePayload>
        {
            { "content", MessagePayload.Text(new string('a', 2001)) },
            { "content", new MessagePayload() },
            { "embeds", new MessagePayload { Embeds = Enumerable.Repeat(new Embed { Title = "t" }, 11).ToList() } },
            { "embeds[0].title", new MessagePayload { Embeds = [new Embed { Title = new string('t', 257) }] } },
            { "embeds[0].description", new MessagePayload { Embeds = [new Embed { Description = new string('d', 4097) }] } },
            { "embeds[0].fields", new MessagePayload { Embeds = [new Embed { Fields = Enumerable.Repeat(field, 26).ToList() }] } },
            { "embeds[0].fields[0].name", new MessagePayload { Embeds = [new Embed { Fields = [new EmbedField(new string('n', 257), "v")] }] } },
            { "embeds[0].fields[0].value", new MessagePayload { Embeds = [new Embed { Fields = [new EmbedField("n", new string('v', 1025))] }] } },
            { "embeds[0].footer.text", new MessagePayload { Embeds = [new Embed { Footer = new EmbedFooter(new string('f', 2049)) }] } },
            { "embeds[0].author.name", new MessagePayload { Embeds = [new Embed { Author = new EmbedAuthor(new string('a', 257)) }] } },
            { "embeds", new MessagePayload { Embeds = Enumerable.Repeat(new Embed { Description = new string('d', 3001) }, 2).ToList() } },
            { "components", new MessagePayload { Content = "x", Components = Enumerable.Repeat(ActionRow.Of(Button.Create("a", "A")), 6).ToList() } },
            { "components[0].components", new MessagePayload { Content = "x", Components = [ActionRow.Of(Enumerable.Range(0, 6).Select(i => Button.Create($"b{i}", "B")).ToArray())] } },
            { "components[0].components[0].custom_id", new MessagePayload { Content = "x", Components = [ActionRow.Of(Button.Create(new string('c', 101), "C"))] } },
            { "components[0].components[0].custom_id", new MessagePayload { Content = "x", Components = [ActionRow.Of(Button.Create("", "C"))] } },
            { "components[0].components[1].custom_id", new MessagePayload { Content = "x", Components = [ActionRow.Of(Button.Create("same", "A"), Button.Create("same", "B"))] } },
            { "components[0].components[0].label", new MessagePayload { Content = "x", Components = [ActionRow.Of(Button.Create("id", new string('l', 81)))] } },
            { "components[0].components[0].url", new MessagePayload { Content = "x", Components = [ActionRow.Of(new Button { Style = ButtonStyle.Link, Label = "L" })] } },
            { "allowed_mentions.users", new MessagePayload { Content = "x", AllowedMentions = new AllowedMentions { Parse = ["users"], Users = [1] } } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidPayloads))]
    public async Task CreateMessageAsync_PayloadBreaksALimit_ThrowsNamingTheFieldAndSendsNothing(string field, MessagePayload payload)
    {
        var rest = Some.RestClient(_http, _time);

        var error = await Assert.ThrowsAsync<DiscordValidationException>(() => rest.CreateMessageAsync(1, payload, CancellationToken.None));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_2000EmojiOutsideTheBasicPlane_IsAcceptedBecauseLimitsCountCodePoints()
    {
        _http.Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"1","author":{"id":"2","username":"b"},"type":0}""");
        var rest = Some.RestClient(_http, _time);
        var content = string.Concat(Enumerable.Repeat("📰", 2000));

        await rest.CreateMessageAsync(1, MessagePayload.Text(content), CancellationToken.None);

        Assert.Equal(4000, content.Length);
        Assert.Single(_http.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_EmbedsAtEveryLimit_AreAccepted()
    {
        _http.Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"1","author":{"id":"2","username":"b"},"type":0}""");
        var rest = Some.RestClient(_http, _time);
        var embed = new Embed
        {
            Title = new string('t', 256),
            Description = new string('d', 4096),
            Fields = [new EmbedField(new string('n', 256), new string('v', 1024))],
            Footer = new EmbedFooter(new string('f', 200)),
        };

        await rest.CreateMessageAsync(1, new MessagePayload { Embeds = [embed] }, CancellationToken.None);

        Assert.Single(_http.Requests);
    }

    [Fact]
    public async Task RespondToInteractionAsync_TooManyAutocompleteChoices_IsRejected()
    {
        var rest = Some.RestClient(_http, _time);
        var choices = Enumerable.Range(0, 26).Select(i => ApplicationCommandChoice.Of($"choice {i}", $"v{i}")).ToList();

        var error = await Assert.ThrowsAsync<DiscordValidationException>(
            () => rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.Autocomplete(choices), CancellationToken.None));

        Assert.Equal("data.choices", error.Field);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task RespondToInteractionAsync_ChoiceValueOver100_IsRejected()
    {
        var rest = Some.RestClient(_http, _time);

        var error = await Assert.ThrowsAsync<DiscordValidationException>(() => rest.RespondToInteractionAsync(
            Some.Interaction(), InteractionResponse.Autocomplete([ApplicationCommandChoice.Of("name", new string('v', 101))]), CancellationToken.None));

        Assert.Equal("data.choices[0].value", error.Field);
    }

    [Fact]
    public async Task RespondToInteractionAsync_MessageOver2000_IsRejected()
    {
        var rest = Some.RestClient(_http, _time);

        var error = await Assert.ThrowsAsync<DiscordValidationException>(() => rest.RespondToInteractionAsync(
            Some.Interaction(), InteractionResponse.Message(MessagePayload.Text(new string('x', 2001))), CancellationToken.None));

        Assert.Equal("content", error.Field);
        Assert.Empty(_http.Requests);
    }
}
