using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Cli;
using NewsBot.Cli.Verbs;
using NewsBot.Discord.Emulator;
using NewsBot.Hosting;
using NewsBot.Tests.Bot.Support;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Bot.EndToEnd;

/// <summary>
/// The real bot host, built the way <c>newsbot run</c> builds it (same command line, same <see cref="RunVerb"/>), with
/// <c>Discord:ApiBaseUrl</c> pointed at an emulator and a real index in a temporary folder over copies of the
/// repository's seeds plus the test's own articles.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly TaskCompletionSource<IServiceProvider> _services = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotUnderTest(TempFolder folder) => Folder = folder;

    public TempFolder Folder { get; }

    public string SourcesPath => Folder.Combine("articles");

    public Task<int> Exit { get; private set; } = Task.FromResult(0);

    /// <summary>What the bot wrote to standard error (usage and fatal messages).</summary>
    public string Error => _error.ToString();

    public Task<IServiceProvider> Services => _services.Task;

    /// <summary>Log lines at Warning and above.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Creates the folders and copies the seeds; add articles with <see cref="AddArticle"/> before <see cref="Start"/>.</summary>
    public static BotUnderTest Create()
    {
        var bot = new BotUnderTest(new TempFolder());
        Directory.CreateDirectory(bot.SourcesPath);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(bot.SourcesPath, Path.GetFileName(seed)));
        }

        return bot;
    }

    public void AddArticle(string fileName, string content) => File.WriteAllText(Path.Combine(SourcesPath, fileName), content);

    /// <summary>Starts <c>newsbot run --source … --index …</c> against <paramref name="emulator"/> with extra settings.</summary>
    public void Start(DiscordEmulator emulator, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var cli = CliArguments.Parse(["run", "--source", SourcesPath, "--index", Folder.Combine("index")], new HashSet<string>());
        var builder = BotHost.CreateBuilder(cli, Folder.Path);
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = emulator.BotToken,
            ["Discord:ApiBaseUrl"] = emulator.ApiBaseUrl.ToString(),
            ["Discord:GuildId"] = emulator.Guild.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        // Added last, so a developer's user secrets or environment cannot point the test bot at real Discord.
        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<IHostedService>(sp => new ServicesProbe(sp, _services));
        var console = new CliConsole(new StringReader(""), _output, _error, IsOutputTerminal: false, Folder.Path);
        Exit = Task.Run(() => RunVerb.RunAsync(builder, console, _stop.Token));
    }

    /// <summary>Stops the host as Ctrl+C would and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Exit.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _stop.Dispose();
            _output.Dispose();
            _error.Dispose();
            Folder.Dispose();
        }
    }

    /// <summary>Hands the test the host's services once it starts.</summary>
    private sealed class ServicesProbe(IServiceProvider services, TaskCompletionSource<IServiceProvider> target) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            target.TrySetResult(services);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
