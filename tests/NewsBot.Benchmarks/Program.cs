using System.Globalization;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks;

if (args is ["answer-phases", ..])
{
    await AnswerPhases.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1, args.Length > 2 ? args[2] : null);
    return 0;
}

if (args is ["phases", ..])
{
    BuildPhases.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SharedData).Assembly).Run(args);
return 0;
