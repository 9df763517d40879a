using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli.Verbs;

/// <summary><c>newsbot chat</c>: ask questions in the terminal and see the answers as the bot would give them. Empty line or "quit" ends it.</summary>
internal static class ChatVerb
{
    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        if (!await IndexReadiness.EnsureAsync(services.GetRequiredService<IIndexMaintainer>(), console, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        var answerer = services.GetRequiredService<IQuestionAnswerer>();
        var index = services.GetRequiredService<IIndexMaintainer>();
        var status = index.Status;
        console.Out.WriteLine($"NewsBot chat: {BuildSummaryWriter.Plural(status.Articles, "article")} indexed. Ask a question; an empty line or 'quit' ends.");
        while (true)
        {
            console.Out.Write("you> ");
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || string.IsNullOrWhiteSpace(line) || line.Trim() is "quit" or "exit")
            {
                return ExitCodes.Success;
            }

            // A session can stay open while `newsbot index` runs elsewhere: answer from the newest index.
            index.ReloadIfChanged();
            console.Out.WriteLine();
            console.Out.WriteLine(ChatRendering.Render(answerer.Ask(line)));
            console.Out.WriteLine();
        }
    }
}
