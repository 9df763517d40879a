using HtmlAgilityPack;
using NewsBot.Core.Articles.Text;

namespace NewsBot.Core.Articles.Formats;

/// <summary>
/// <c>.html</c>/<c>.htm</c>: the page's main text. Page furniture (scripts, navigation, header, footer, asides, forms,
/// figures and their captions, share and newsletter widgets) is removed; the content root is the <c>&lt;article&gt;</c>,
/// else <c>&lt;main&gt;</c>, else the element whose direct paragraphs hold the most text. Paragraphs come from
/// <c>p</c>, <c>li</c>, <c>h2</c>-<c>h6</c> and <c>blockquote</c>, entities decoded and whitespace collapsed.
/// </summary>
internal static class HtmlFormat
{
    private static readonly HashSet<string> JunkElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure", "figcaption", "iframe", "svg",
        "button", "template", "select", "input", "textarea", "object", "embed", "video", "audio", "canvas", "dialog", "menu",
    };

    private static readonly HashSet<string> JunkRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar", "toolbar",
    };

    // Words in a class or id that mark a widget rather than article text.
    private static readonly HashSet<string> JunkClassWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "newsletter", "advert", "advertisement", "ad", "ads", "cookie", "cookies", "related",
        "breadcrumb", "breadcrumbs", "comments", "promo", "subscribe", "sidebar", "caption", "credit", "outbrain", "taboola",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    };

    public static ParsedFile Read(string text, string fileId)
    {
        var document = new HtmlDocument();
        document.LoadHtml(text);
        var metadata = HtmlMetadata.Read(document);
        RemoveJunk(document.DocumentNode);

        var blocks = new List<string>();
        var root = ContentRoot(document.DocumentNode);
        Collect(root, blocks);
        if (blocks.Count == 0)
        {
            // A page without paragraph markup (text in divs and <br>s): its lines are the paragraphs.
            blocks.AddRange(LinesOf(root));
        }

        var paragraphs = TextCleaner.CleanParagraphs(blocks);
        if (metadata.Title is not null && paragraphs.Count > 0 && paragraphs[0] == metadata.Title)
        {
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0)
        {
            return ParsedFile.Failed("no article text in the page (no paragraphs outside navigation and page furniture)");
        }

        var title = metadata.Title ?? TitleRules.FromText(paragraphs[0], fileId);
        return ParsedFile.Single(new ArticleDraft(null, title, paragraphs, metadata.Url, metadata.Date, metadata.Author));
    }

    private static void RemoveJunk(HtmlNode root)
    {
        var junk = root.Descendants().Where(IsJunk).ToList();
        foreach (var node in junk)
        {
            node.Remove();
        }
    }

    private static bool IsJunk(HtmlNode node)
    {
        if (node.NodeType == HtmlNodeType.Comment)
        {
            return true;
        }

        if (node.NodeType != HtmlNodeType.Element || node.Name is "html" or "body" or "article" or "main")
        {
            return JunkElements.Contains(node.Name);
        }

        if (JunkElements.Contains(node.Name) || JunkRoles.Contains(node.GetAttributeValue("role", string.Empty))
            || node.GetAttributeValue("aria-hidden", string.Empty) == "true" || node.Attributes.Contains("hidden"))
        {
            return true;
        }

        var marks = node.GetAttributeValue("class", string.Empty) + " " + node.GetAttributeValue("id", string.Empty);
        return marks.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(JunkClassWords.Contains);
    }

    private static HtmlNode ContentRoot(HtmlNode document)
    {
        var article = document.Descendants("article").MaxBy(ParagraphTextLength);
        if (article is not null && ParagraphTextLength(article) > 0)
        {
            return article;
        }

        var main = document.Descendants("main").FirstOrDefault();
        if (main is not null && ParagraphTextLength(main) > 0)
        {
            return main;
        }

        // The densest element: the one whose own <p> children hold the most text.
        var densest = document.Descendants("p").Select(p => p.ParentNode).OfType<HtmlNode>().Distinct()
            .MaxBy(parent => parent.ChildNodes.Where(c => c.Name == "p").Sum(c => c.InnerText.Length));
        return densest ?? document.SelectSingleNode("//body") ?? document;
    }

    private static IEnumerable<string> LinesOf(HtmlNode root)
    {
        var breaks = root.Descendants().Where(d => d.Name is "br" or "div" or "tr" or "h1" or "h2" or "h3" or "section").ToList();
        foreach (var node in breaks)
        {
            node.ParentNode?.InsertAfter(HtmlNode.CreateNode("\n"), node);
        }

        return HtmlEntity.DeEntitize(root.InnerText).Split('\n').Select(Whitespace.Collapse).Where(l => l.Length > 0);
    }

    private static int ParagraphTextLength(HtmlNode node) => node.Descendants("p").Sum(p => p.InnerText.Length);

    private static void Collect(HtmlNode node, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            var isBlock = BlockElements.Contains(child.Name);
            var hasInnerBlocks = child.Descendants().Any(d => BlockElements.Contains(d.Name));
            if (isBlock && !hasInnerBlocks)
            {
                var text = Whitespace.Collapse(HtmlEntity.DeEntitize(child.InnerText));
                if (text.Length > 0)
                {
                    blocks.Add(text);
                }
            }
            else
            {
                Collect(child, blocks);
            }
        }
    }
}
