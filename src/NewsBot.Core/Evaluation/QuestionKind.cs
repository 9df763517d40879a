namespace NewsBot.Core.Evaluation;

/// <summary>Whether the articles hold a question's answer (see ../shared/data/README.md).</summary>
public enum QuestionKind
{
    /// <summary>The answer is in the named article.</summary>
    InCorpus,

    /// <summary>About an indexed article, but the article does not answer it: the bot should decline.</summary>
    Unanswerable,

    /// <summary>About an article that is not indexed: the bot should decline.</summary>
    OffCorpus,
}
