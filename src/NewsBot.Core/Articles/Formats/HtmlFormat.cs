using System.Text;
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

    private const int MaximumNesting = 200;

    public static ParsedFile Read(string text, string fileId)
    {
        // Real pages nest a few dozen elements deep; walking a page nested thousands deep takes minutes (the parser
        // throws past the limit and the file is reported).
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaximumNesting };
        try
        {
            document.LoadHtml(text);
        }
        catch (Exception exception) when (exception.Message.StartsWith("Document has more than", StringComparison.Ordinal))
        {
            // HtmlAgilityPack's (untyped) exception for OptionMaxNestedChildNodes.
            return ParsedFile.Failed($"elements nested more than {MaximumNesting} deep (a page that never closes its tags?)");
        }

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

        // The densest element: the one whose own <p> children hold the most text. Pages that wrap each paragraph in its
        // own <div> have one <p> per parent: climb while an ancestor holds much more paragraph text than the element.
        var densest = document.Descendants("p").Select(p => p.ParentNode).OfType<HtmlNode>().Distinct()
            .MaxBy(parent => parent.ChildNodes.Where(c => c.Name == "p").Sum(c => c.InnerText.Length));
        if (densest is null)
        {
            return document.SelectSingleNode("//body") ?? document;
        }

        var text = ParagraphTextLength(densest);
        while (densest.ParentNode is { NodeType: HtmlNodeType.Element } parent && ParagraphTextLength(parent) is var wider && wider >= 1.5 * text)
        {
            densest = parent;
            text = wider;
        }

        return densest;
    }

    /// <summary>The page's text with a line break after each element that ends a line (one pass: inserting break nodes into the tree was quadratic).</summary>
    private static IEnumerable<string> LinesOf(HtmlNode root)
    {
        var text = new StringBuilder();
        var pending = new Stack<(HtmlNode Node, bool Leaving)>();
        pending.Push((root, false));
        while (pending.TryPop(out var step))
        {
            if (step.Leaving)
            {
                text.Append('\n');
            }
            else if (step.Node is HtmlTextNode textNode)
            {
                text.Append(textNode.Text);
            }
            else
            {
                if (step.Node.Name is "br" or "div" or "tr" or "h1" or "h2" or "h3" or "section")
                {
                    pending.Push((step.Node, true));
                }

                for (var i = step.Node.ChildNodes.Count - 1; i >= 0; i--)
                {
                    pending.Push((step.Node.ChildNodes[i], false));
                }
            }
        }

        return HtmlEntity.DeEntitize(text.ToString()).Split('\n').Select(Whitespace.Collapse).Where(l => l.Length > 0);
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
