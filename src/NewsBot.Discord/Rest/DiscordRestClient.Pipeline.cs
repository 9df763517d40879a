using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Serialization;

namespace NewsBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    // A 429 is waited out and retried; more than this in a row means something is wrong, so surface it.
    private const int MaxRateLimitRetries = 3;

    // 5xx/502 and network failures: a few spaced retries, never a storm.
    private const int MaxServerRetries = 2;

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private async Task<TResult> SendAsync<TResult>(RestRoute route, byte[]? body, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        var result = await response.Content.ReadFromJsonAsync(resultType, cancellationToken).ConfigureAwait(false);
        return result ?? throw new DiscordApiException(response.StatusCode, null, "Discord returned an empty body", null, route.Description);
    }

    private async Task SendWithoutResultAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(route, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var rateLimitRetries = 0;
        var serverRetries = 0;
        while (true)
        {
            if (route.Authenticated && _tokenRejected)
            {
                // 401 means the token is dead; every further attempt would count toward Cloudflare's invalid-request ban.
                throw new DiscordApiException(HttpStatusCode.Unauthorized, 0, "the bot token was rejected earlier; reset it and set Discord__Token", null, route.Description);
            }

            if (_invalidRequests.Paused)
            {
                throw new DiscordApiException(HttpStatusCode.TooManyRequests, null,
                    $"not sent: {_invalidRequests.Count:N0} requests were refused (401/403/429) in the last 10 minutes, and Discord bans the IP at 10,000; sending resumes as they age out",
                    null, route.Description);
            }

            if (!route.GlobalLimitExempt)
            {
                await _limiter.Global.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var key = _limiter.KeyFor(route);
            var bucket = _limiter.BucketFor(key);
            var heldGate = await bucket.AcquireAsync(cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                using var request = BuildRequest(route, body);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (serverRetries < MaxServerRetries && IsTransient(exception, cancellationToken))
            {
                bucket.Complete(null, heldGate);
                var delay = Backoff(++serverRetries);
                var reason = exception is HttpRequestException http ? http.HttpRequestError.ToString() : "timed out";
                RestLog.RetryingNetworkError(_logger, route.Description, reason, serverRetries, delay);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch
            {
                bucket.Complete(null, heldGate);
                throw;
            }

            var headers = RateLimitHeaders.From(response.Headers);
            RestLog.Completed(_logger, route.Description, (int)response.StatusCode);
            if (InvalidRequestGuard.IsInvalid((int)response.StatusCode, headers.Scope) && _invalidRequests.Record())
            {
                RestLog.ManyInvalidRequests(_logger, InvalidRequestGuard.WarnAt, InvalidRequestGuard.PauseAt, route.Description);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                using (response)
                {
                    try
                    {
                        await HandleRateLimitAsync(route, key, headers, response, ++rateLimitRetries, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        // Released only once the bucket is blocked, so no queued request slips out into another 429.
                        _limiter.Complete(route, key, headers, heldGate);
                    }
                }

                continue;
            }

            _limiter.Complete(route, key, headers, heldGate);

            if ((int)response.StatusCode >= 500 && serverRetries < MaxServerRetries)
            {
                var status = (int)response.StatusCode;
                response.Dispose();
                var delay = Backoff(++serverRetries);
                RestLog.RetryingServerError(_logger, route.Description, status, serverRetries, delay);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                throw await ToExceptionAsync(route, response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleRateLimitAsync(RestRoute route, string usedKey, RateLimitHeaders headers, HttpResponseMessage response, int attempt, CancellationToken cancellationToken)
    {
        var limit = await ReadJsonOrNullAsync(response, DiscordJsonContext.Default.RateLimitBody, cancellationToken).ConfigureAwait(false);

        // The body's float seconds are exact; the Retry-After header is whole seconds (rounded up).
        var retryAfter = limit?.RetryAfter is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds)
            : headers.RetryAfterHeader ?? TimeSpan.FromSeconds(1);
        var global = headers.Global || limit?.Global == true || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase);
        RestLog.RateLimited(_logger, route.Description, headers.Scope ?? (global ? "global" : "route"), global, retryAfter);

        if (global && !route.GlobalLimitExempt)
        {
            _limiter.Global.Block(retryAfter);
        }
        else
        {
            _limiter.BucketFor(usedKey).Block(retryAfter);
            if (headers.Bucket is { Length: > 0 } hash)
            {
                _limiter.BucketFor(RestRateLimiter.KeyOf(hash, route.MajorParameter)).Block(retryAfter);
            }
        }

        if (attempt > MaxRateLimitRetries)
        {
            throw new DiscordApiException(HttpStatusCode.TooManyRequests, limit?.Code, limit?.Message ?? "rate limited", $"still rate limited after {MaxRateLimitRetries} retries", route.Description);
        }
    }

    private HttpRequestMessage BuildRequest(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_baseAddress, route.Path));
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (route.Authenticated)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        return request;
    }

    private async Task<DiscordApiException> ToExceptionAsync(RestRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadJsonOrNullAsync(response, DiscordJsonContext.Default.DiscordErrorBody, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && route.Authenticated)
        {
            _tokenRejected = true;
            RestLog.TokenRejected(_logger, route.Description);
        }

        var exception = new DiscordApiException(
            response.StatusCode,
            error?.Code,
            Redact(error?.Message) ?? response.ReasonPhrase ?? "no message",
            Redact(DiscordErrorSummary.Summarize(error?.Errors)),
            route.Description);
        RestLog.Failed(_logger, route.Description, exception.Message);
        return exception;
    }

    private static async Task<T?> ReadJsonOrNullAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            // Not JSON (e.g. an HTML error page from a proxy).
            return null;
        }
    }

    // Discord error messages do not echo tokens today; this keeps it that way should one ever do.
    private string? Redact(string? text) =>
        text is null || string.IsNullOrEmpty(_token) ? text : text.Replace(_token, "[token]", StringComparison.Ordinal);

    // A failed connection or an HttpClient timeout (not the caller's cancellation) may succeed on a retry.
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private TimeSpan Backoff(int attempt)
    {
        double jitter;
        lock (_randomLock)
        {
            jitter = _random.NextDouble();
        }

        // 1 s, 2 s, 4 s ... each between half and all of that.
        var full = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
        return full * (0.5 + (jitter / 2));
    }
}
