package org.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Extracts the readable text of an HTML page's main content with jsoup. Parsing works on the bytes
 * alone (charset from the BOM or a meta tag, else UTF-8); nothing referenced by the page is ever
 * fetched. See {@code docs/decisions/html-text.md}.
 */
final class HtmlTextExtractor {

  /** Elements that never hold article text. */
  private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template",
      "iframe", "object", "embed", "svg", "canvas", "nav", "footer", "aside", "form", "button",
      "select", "input", "textarea", "dialog", "menu");

  /** Elements never removed as noise, whatever their class or id. */
  private static final Set<String> STRUCTURAL = Set.of("html", "body", "article", "main");

  /** class/id words that mark navigation, comments, sharing, subscription, cookie, related boxes. */
  private static final Pattern NOISE = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|comments?|comment-list|respond|"
          + "share|sharing|social|subscribe|subscription|newsletter|signup|cookies?|consent|gdpr|"
          + "related|recommended|more-stories|sidebar|widget|footer|masthead|promo|advert|"
          + "advertisement|ads?|banner|popup|modal|paywall|tags|byline-share)([\\s_-]|$)");

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
      "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "address", "hr", "br",
      "center", "details", "summary", "caption", "body", "html");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  record Extracted(String title, String text) {}

  /** True when the start of the input looks like an HTML document. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || head.startsWith("<head") || head.startsWith("<body")
        || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div")
            || head.contains("<article")));
  }

  Extracted extract(byte[] bytes) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) { // cannot happen for an in-memory stream
      throw new UncheckedIOException(e);
    }
    String title = title(doc);
    removeNonContent(doc);
    Element root = mainContent(doc);
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    collect(root, blocks, current);
    flush(blocks, current);
    return new Extracted(title, String.join("\n\n", blocks));
  }

  private static boolean isNoise(Element el) {
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary") || role.equals("search")) {
      return true;
    }
    if (el.attr("aria-hidden").equals("true") || el.hasAttr("hidden")) {
      return true;
    }
    String style = el.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    if (style.contains("display:none")) {
      return true;
    }
    return NOISE.matcher(el.className()).find() || NOISE.matcher(el.id()).find();
  }

  private static String title(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return normalise(og.attr("content"));
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return normalise(h1.text());
    }
    return normalise(doc.title());
  }

  /**
   * The nearest {@code article}/{@code main} ancestor of the element holding the most paragraph
   * text (the first such element on a tie), else that element itself; the body when the page has
   * no paragraphs.
   */
  private static Element mainContent(Document doc) {
    // jsoup elements compare by identity; insertion order breaks ties by document order, the same
    // in every run (identity hash order would not be)
    Map<Element, Integer> score = new LinkedHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best == null) {
      Elements articles = doc.select("article, main, [role=main]");
      return articles.isEmpty() ? doc.body() : articles.first();
    }
    for (Element el = best; el != null; el = el.parent()) {
      if (el.tagName().equals("article") || el.tagName().equals("main")
          || el.attr("role").equals("main")) {
        return el;
      }
    }
    return best;
  }

  /**
   * Removes what never holds article text: {@link #NEVER_CONTENT} elements and page-level
   * {@code header}s (not those inside an {@code article} or {@code main}); then class/id noise,
   * unless it wraps the article itself ({@code <div class="page has-sidebar">}). Each is one pass
   * over the tree without recursion, so that deeply nested markup cannot overflow the stack.
   */
  private static void removeNonContent(Document doc) {
    int[] articleDepth = {0};
    doc.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el) {
          if (NEVER_CONTENT.contains(el.tagName())
              || (el.tagName().equals("header") && articleDepth[0] == 0)) {
            return FilterResult.REMOVE;
          }
          if (el.tagName().equals("article") || el.tagName().equals("main")) {
            articleDepth[0]++;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && (el.tagName().equals("article") || el.tagName().equals("main"))) {
          articleDepth[0]--;
        }
        return FilterResult.CONTINUE;
      }
    });
    Set<Element> holdsArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element article : doc.select("article, main, [role=main], [itemprop=articleBody]")) {
      for (Element el = article; el != null && holdsArticle.add(el); el = el.parent()) {
        // marks the element and its ancestors, each once
      }
    }
    doc.filter((node, depth) -> node instanceof Element el && el.parent() != null
        && !STRUCTURAL.contains(el.tagName()) && isNoise(el) && !holdsArticle.contains(el)
        ? NodeFilter.FilterResult.REMOVE : NodeFilter.FilterResult.CONTINUE);
  }

  /**
   * Turns each run of inline content between block boundaries under {@code root} into a block;
   * images are skipped. Iterative, like {@link #removeNonContent}.
   */
  private static void collect(Element root, List<String> blocks, StringBuilder current) {
    root.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
          current.append(text.getWholeText());
        } else if (node instanceof Element el && node != root) {
          if (el.tagName().equals("img")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (BLOCKS.contains(el.tagName())) {
            flush(blocks, current);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && node != root && BLOCKS.contains(el.tagName())) {
          flush(blocks, current);
        }
        return FilterResult.CONTINUE;
      }
    });
  }

  private static void flush(List<String> blocks, StringBuilder current) {
    String block = normalise(current.toString());
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    current.setLength(0);
  }

  private static String normalise(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
