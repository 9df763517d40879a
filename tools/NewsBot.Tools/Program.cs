using System.IO.Compression;
using NewsBot.Core.Search;

// Developer tools that turn outside resources into files NewsBot ships. Not part of the bot.
//   compile-word-relations SURFACE.tsv OUT.tsv.gz   analyse a related-words table (tools/build-word-relations.sh)
if (args is not ["compile-word-relations", var surfacePath, var outputPath])
{
    Console.Error.WriteLine("usage: NewsBot.Tools compile-word-relations SURFACE.tsv OUT.tsv.gz");
    return 2;
}

using var surface = new StreamReader(surfacePath);
await using var file = File.Create(outputPath);
await using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
await using var writer = new StreamWriter(gzip) { NewLine = "\n" };
var terms = WordRelationsCompiler.Compile(surface, writer);
Console.WriteLine($"{terms:N0} analysed terms written to {outputPath}");
return 0;
