using System.Net;
using System.Text.Json;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Messages;

/// <summary>House rule as a check: every outgoing message carries allowed_mentions, pinging nobody by default.</summary>
public sealed class AllowedMentionsTests
{
    private readonly ObservedTimeProvider _time = new();
    private readonly FakeHttpMessageHandler _http;

    public AllowedMentionsTests() => _http = new FakeHttpMessageHandler(_time)
    {
        Default = _ => FakeHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"1","author":{"id":"2","username":"b"},"type":0}"""),
    };

    public static TheoryData<string> Senders() => ["create", "edit", "followup", "edit-original", "respond", "update"];

    [Theory]
    [MemberData(nameof(Senders))]
    public async Task EveryMessageSend_UserTextWithEveryone_CarriesParseNothingAndNoReplyPing(string sender)
    {
        var rest = Some.RestClient(_http, _time);
        var payload = MessagePayload.Text("@everyone <@&500000000000000001> read this");

        await SendAsync(rest, sender, payload);

        using var body = JsonDocument.Parse(Assert.Single(_http.Requests).Body!);
        var message = body.RootElement.TryGetProperty("data", out var data) ? data : body.RootElement;
        Assert.Equal("""{"parse":[],"replied_user":false}""", message.GetProperty("allowed_mentions").GetRawText());
    }

    [Fact]
    public void AllowedMentions_AssignedNull_FallsBackToNone()
    {
        var payload = new MessagePayload { Content = "x", AllowedMentions = null! };

        Assert.Same(AllowedMentions.None, payload.AllowedMentions);
    }

    [Fact]
    public async Task AllowedMentions_OnlyUsers_ListsThoseUsersAsStrings()
    {
        var rest = Some.RestClient(_http, _time);

        await rest.CreateMessageAsync(1, MessagePayload.Text("<@600000000000000001>") with { AllowedMentions = AllowedMentions.OnlyUsers(600000000000000001) }, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_http.Requests).Body!);
        Assert.Equal("""{"parse":[],"users":["600000000000000001"],"replied_user":false}""", body.RootElement.GetProperty("allowed_mentions").GetRawText());
    }

    private static Task SendAsync(DiscordRestClient rest, string sender, MessagePayload payload) => sender switch
    {
        "create" => rest.CreateMessageAsync(1, payload, CancellationToken.None),
        "edit" => rest.EditMessageAsync(1, 2, payload, CancellationToken.None),
        "followup" => rest.CreateFollowupMessageAsync(Some.Interaction(), payload, CancellationToken.None),
        "edit-original" => rest.EditOriginalResponseAsync(Some.Interaction(), payload, CancellationToken.None),
        "respond" => rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.Message(payload), CancellationToken.None),
        "update" => rest.RespondToInteractionAsync(Some.Interaction(), InteractionResponse.UpdateMessage(payload), CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(sender)),
    };
}
