package org.chronology.web;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new user notices on a page at first sight, checked the same way on the readers' and the
 * editors' pages: an error in the console, what the Content-Security-Policy blocked, a page wider
 * than the screen, the wrong language, text cut off in a box too narrow for it, a link spelling
 * {@code lang=} once the language is chosen and serious axe-core violations; and, for the pages
 * whose every word is the interface's, interface text in the other language.
 */
final class FirstVisit {

  private FirstVisit() {}

  /** Boxes whose text overflows them, hidden; not the visually hidden ones (clipped on purpose). */
  static final String CLIPPED =
      "() => { const hidden = e => { for (let x = e; x; x = x.parentElement) {"
          + " const s = getComputedStyle(x); if (s.position === 'absolute' && s.clip !== 'auto') return true; }"
          + " return false; };"
          + " return [...document.querySelectorAll('body *')].filter(e => { const s = getComputedStyle(e);"
          + " return (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis')"
          + " && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0"
          + " && !e.matches('.sr-only, .sr-only *, input, textarea, select') && !hidden(e); }).slice(0, 3)"
          + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')); }";

  static final String LANG_LINKS =
      "() => [...document.querySelectorAll('a[href*=\"lang=\"]')]"
          + ".filter(a => !a.closest('nav.prefs, .lang-switch, [hreflang]') && !a.hasAttribute('hreflang'))"
          + ".slice(0, 3).map(a => a.getAttribute('href'))";

  /**
   * The interface's own words (headings, labels, buttons, hints, table heads, notices and their
   * placeholders and titles) in the other language: Arabic letters (not digits: the digits switch
   * shows ١٢٣ on purpose) on an English page, a Latin word on an Arabic one. Data is left out: what
   * is marked as such ({@code bdi}, {@code dir=auto}, another {@code lang}, code), names, and the
   * technical words both languages write in Latin.
   */
  static final String MIXED =
      "() => { const en = document.documentElement.lang === 'en';"
          + " const ui = 'h1, h2, h3, h4, th, label, legend, button, summary, caption, dt, .hint,"
          + " .notice, .error, p.field-error, nav a, [role=alert], [role=status]';"
          + " const data = 'bdi, [dir=auto], [lang]:not(html), code, kbd, samp, pre, time, option,"
          + " textarea, select, blockquote, .sr-only, .brand, .data';"
          + " const tech = /^(JSON|CSV|UTF|URL|ISO|HTML|API|ID|CSRF|BOM|NUL|PDF|TXT|RSS|Atom|windows|max|bytes|chronology|article)$/i;"
          + " const wrong = t => en ? /[\\u0620-\\u064A\\u066E-\\u06D3]/.test(t)"
          + "   : (t.match(/[A-Za-z]{3,}/g) || []).some(w => !tech.test(w));"
          + " const out = [];"
          + " for (const e of document.querySelectorAll(ui)) {"
          + "   if (e.closest(data)) continue;"
          + "   for (const n of e.childNodes) {"
          + "     if (n.nodeType === 3 && wrong(n.textContent)) out.push(e.tagName.toLowerCase() + ': '"
          + "       + n.textContent.trim().slice(0, 60));"
          + "   } }"
          + " for (const e of document.querySelectorAll('[placeholder], [title], [aria-label]')) {"
          + "   if (e.closest(data) && !e.matches('input, textarea, select')) continue;"
          + "   for (const a of ['placeholder', 'title', 'aria-label']) {"
          + "     const v = e.getAttribute(a); if (v && wrong(v) && !e.matches('[dir=auto]:not(input), td, td *'))"
          + "       out.push(e.tagName.toLowerCase() + '[' + a + ']: ' + v.slice(0, 60)); } }"
          + " return [...new Set(out)].slice(0, 5); }";

  /**
   * Arabic data laid out left to right: an element marked {@code lang="ar"} whose own text mixes
   * Arabic letters with digits, in an English page without {@code dir} of its own. The bidi
   * algorithm then puts the number at the wrong end («كانون الأول من العام 1991 25» for «25 كانون
   * الأول من العام 1991»): every date phrase of the English chronology read so.
   */
  static final String LTR_ARABIC =
      "() => [...document.querySelectorAll('[lang=ar]:not(html)')].filter(e => {"
          + " const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');"
          + " return /[\\u0620-\\u064A]/.test(own) && /[0-9\\u0660-\\u0669]/.test(own)"
          + " && getComputedStyle(e).direction === 'ltr'; }).slice(0, 3)"
          + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')"
          + " + ': ' + e.textContent.trim().slice(0, 40))";

  /**
   * Every problem of the page open in {@code page}, each prefixed with {@code where}; {@code
   * console} holds what the console logged since the page was opened (errors only).
   */
  static List<String> problems(
      Page page, String where, int width, String lang, List<String> console, String axeSource) {
    List<String> failures = new ArrayList<>();
    int w = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    if (w > width) {
      failures.add(where + "the page is " + w + " px wide");
    }
    String htmlLang = page.getAttribute("html", "lang");
    if (!lang.equals(htmlLang)) {
      failures.add(where + "the page is in " + htmlLang);
    }
    for (Object clipped : (List<?>) page.evaluate(CLIPPED)) {
      failures.add(where + "text cut off in " + clipped);
    }
    for (Object ltr : (List<?>) page.evaluate(LTR_ARABIC)) {
      failures.add(where + "Arabic with digits laid out left to right: " + ltr);
    }
    for (Object href : (List<?>) page.evaluate(LANG_LINKS)) {
      failures.add(where + "a link spells the language: " + href);
    }
    console.forEach(m -> failures.add(where + "console: " + m));
    UiBrowserTest.policyViolations(page)
        .forEach(v -> failures.add(where + "Content-Security-Policy: " + v));
    if (axeSource != null) {
      UiBrowserTest.axe(page, axeSource).forEach(v -> failures.add(where + v));
    }
    return failures;
  }

  /** The interface's words in the other language on the open page ({@link #MIXED}). */
  static List<String> mixed(Page page, String where) {
    List<String> failures = new ArrayList<>();
    for (Object text : (List<?>) page.evaluate(MIXED)) {
      failures.add(where + "interface text in the other language: " + text);
    }
    return failures;
  }
}
