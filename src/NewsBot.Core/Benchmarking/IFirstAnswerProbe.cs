namespace NewsBot.Core.Benchmarking;

/// <summary>Measures the time from a fresh start to the first answer with the index already on disk (e.g. by starting a new process).</summary>
public interface IFirstAnswerProbe
{
    Task<FirstAnswerFigures> MeasureAsync(string indexPath, string sourceFolder, string question, CancellationToken cancellationToken);
}
