using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// Plays Discord's HTTP side: answers queued responses in order (or a default) and records every request
/// with its fake send time, headers and body, so tests assert route, headers and payload.
/// </summary>
internal sealed class FakeHttpMessageHandler(TimeProvider timeProvider) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Used when nothing is queued.</summary>
    public Func<RecordedRequest, HttpResponseMessage> Default { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public void Enqueue(HttpResponseMessage response) => _responses.Enqueue(_ => response);

    public void Enqueue(Func<RecordedRequest, HttpResponseMessage> respond) => _responses.Enqueue(respond);

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage NoContent(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.NoContent);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            timeProvider.GetUtcNow(),
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Headers.UserAgent.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            body);
        _requests.Enqueue(recorded);
        var respond = _responses.TryDequeue(out var queued) ? queued : Default;
        return respond(recorded);
    }
}

/// <summary>One request the client sent.</summary>
internal sealed record RecordedRequest(
    DateTimeOffset At,
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    string UserAgent,
    string? ContentType,
    string? Body)
{
    /// <summary>The path after the API base, e.g. <c>channels/1/messages</c>.</summary>
    public string Route => Uri.AbsolutePath["/api/v10/".Length..] + Uri.Query;
}
