using System.Text.Json.Serialization;

namespace NewsBot.Core.Benchmarking;

/// <summary>Source-generated JSON for <see cref="BenchmarkReport"/> (camelCase, indented, readable in a diff).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BenchmarkReport))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
