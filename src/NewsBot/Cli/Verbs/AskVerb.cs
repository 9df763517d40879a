using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>newsbot ask "question" [--top N] [--json]</c>. With no question it answers each line of standard input (batch mode);
/// with <c>--json</c> each answer is one JSON object on one line.
/// </summary>
internal static class AskVerb
{
    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var json = cli.Has("json");
        if (!await IndexReadiness.EnsureAsync(services.GetRequiredService<IIndexMaintainer>(), console, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        var answerer = services.GetRequiredService<IQuestionAnswerer>();
        if (cli.Positionals.Count > 0)
        {
            Write(console.Out, answerer.Ask(string.Join(' ', cli.Positionals)), json);
            return ExitCodes.Success;
        }

        while (await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Write(console.Out, answerer.Ask(line), json);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static void Write(TextWriter output, Answer answer, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(JsonAnswer.From(answer), CliJsonContext.Default.JsonAnswer));
        }
        else
        {
            PlainAnswerWriter.Write(output, answer);
        }
    }
}
