package dev.rapport.report;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Finding;
import dev.rapport.patterns.PatternId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code index.html}: the cohort overview a counselor starts from.
 *
 * <pre>{@code
 * String html = CohortPage.render(reports, ReportOptions.defaults());   // write as UTF-8 at the output root
 * }</pre>
 *
 * <p>One row per person with every pattern's score as a heat-map cell, sortable by any column (a small inline
 * script, allowed by its hash in the page's Content-Security-Policy and by nothing else), ordered by default by who
 * needs attention most, linking to {@code people/<person>/report.html}. Below the table, each pattern's
 * distribution across the cohort. Nothing from an archive other than folder names and numbers reaches this page.
 */
public final class CohortPage {
  private CohortPage() {}

  /** The sorting script; its SHA-256 goes into the page's CSP, so it must be emitted byte for byte as here. */
  static final String SCRIPT = """
      (function () {
        var table = document.getElementById('cohort');
        if (!table) { return; }
        var heads = table.tHead.rows[0].cells;
        function value(row, i, numeric) {
          var cell = row.cells[i];
          var v = cell.getAttribute('data-v');
          if (numeric) { return v === null || v === '' ? null : parseFloat(v); }
          return (v === null ? cell.textContent : v).toLowerCase();
        }
        function sortBy(i) {
          var th = heads[i];
          var numeric = th.getAttribute('data-type') === 'num';
          var current = th.getAttribute('aria-sort');
          var asc = current ? current === 'descending' : !numeric;
          for (var k = 0; k < heads.length; k++) { heads[k].removeAttribute('aria-sort'); }
          th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = value(a, i, numeric), y = value(b, i, numeric);
            if (x === null && y === null) { return 0; }
            if (x === null) { return 1; }
            if (y === null) { return -1; }
            var r = numeric ? x - y : x.localeCompare(y);
            return asc ? r : -r;
          });
          var frag = document.createDocumentFragment();
          rows.forEach(function (r) { frag.appendChild(r); });
          body.appendChild(frag);
        }
        Array.prototype.forEach.call(heads, function (th, i) {
          var button = th.querySelector('button');
          if (button) { button.addEventListener('click', function () { sortBy(i); }); }
        });
      })();
      """;

  // Fourteen columns need more than the 70rem that suits prose: the page widens for the table and keeps its
  // paragraphs at a readable measure; on paper the table turns the page to landscape.
  private static final String EXTRA_CSS = "body{max-width:90rem}#how p{max-width:75ch}"
      + "#cohort thead th{position:sticky;top:0;z-index:1;vertical-align:bottom}"
      + "#cohort th[data-pattern]{text-align:center}"
      + ".dists{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem}"
      + ".dists figure{margin:0}.dists figcaption{font-size:.85rem}"
      + "#cohort{font-size:.9rem}#cohort th,#cohort td{padding:.35rem .4rem}#cohort td:first-child{min-width:8rem}"
      + "@media print{@page{size:landscape}body{max-width:none}#cohort{font-size:8pt}}";

  public static String render(List<PersonReport> reports, ReportOptions o) {
    if (reports == null) {
      throw new IllegalArgumentException("reports must be a list (possibly empty), got null");
    }
    if (o == null) {
      throw new IllegalArgumentException("report options are required, got null (use ReportOptions.defaults())");
    }
    List<View> views = new ArrayList<>();
    for (PersonReport r : reports) {
      views.add(View.of(r, !o.realNames()));
    }
    views.sort(Comparator.comparingDouble(CohortPage::attention).reversed()
        .thenComparing(Comparator.comparingDouble(CohortPage::meanScore).reversed())
        .thenComparing(v -> v.person));

    StringBuilder b = new StringBuilder(16_384 + views.size() * 2_048);
    Page.head(b, "Rapport \u2014 cohort overview", Html.csp(Html.cspHash(SCRIPT)));
    b.insert(b.indexOf("</style>"), EXTRA_CSS + "\n");
    long messages = views.stream().mapToLong(v -> v.counts.messages()).sum();
    long contacts = views.stream().mapToLong(v -> v.counts.contacts()).sum();
    b.append("<header><h1>Cohort overview</h1><p class=\"meta\">")
        .append(Text.plural(views.size(), "person", "people")).append(" \u00b7 ")
        .append(Text.plural(messages, "message", "messages")).append(" read \u00b7 ")
        .append(Text.plural(contacts, "contact", "contacts")).append(" in all \u00b7 the same scores as a")
        .append(" spreadsheet: <a href=\"cohort.csv\">cohort.csv</a></p></header>\n");
    b.append("<section id=\"how\" class=\"summary\"><h2>How to read this page</h2><p>Each row is one person; each")
        .append(" coloured cell is how strongly one habit shows in their messages, from 0 (pale, no sign) to 1")
        .append(" (dark, strong and repeated). <em>n/a</em> means the habit could not be checked with that person\u2019s")
        .append(" data, not that it is absent.</p><p><strong>Default order: who needs attention most.</strong>")
        .append(" Attention is the sum of the severities of a person\u2019s findings (each finding counts 0 to 1, so")
        .append(" the total runs from 0 to 9); ties are broken by the mean score over the habits that could be")
        .append(" assessed, then by name. Click any column heading to sort by it; click again to reverse.</p>")
        .append("<p>Contacts are never named here; open a person\u2019s report for details.</p></section>\n");
    table(b, views);
    distributions(b, views);
    b.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void table(StringBuilder b, List<View> views) {
    b.append("<section id=\"people\"><h2>People</h2><div class=\"tablewrap\"><table id=\"cohort\"><thead><tr>")
        .append(head("Person", "text", null)).append(head("Attention", "num", null))
        .append(head("Messages", "num", null)).append(head("Contacts", "num", null))
        .append(head("Findings", "num", null));
    for (PatternId p : PatternId.values()) {
      b.append(habitHead(p));
    }
    b.append("</tr></thead><tbody>\n");
    for (View v : views) {
      String href = "people/" + Html.pathSegment(v.person) + "/report.html";
      b.append("<tr><td data-v=\"").append(Html.escape(v.person)).append("\"><a href=\"").append(Html.escape(href))
          .append("\"><bdi>").append(Html.escape(Text.excerpt(v.person, 60))).append("</bdi></a></td>")
          .append(num(attention(v))).append(num(v.counts.messages())).append(num(v.counts.contacts()))
          .append(num(v.findings.size()));
      for (PatternId p : PatternId.values()) {
        Assessment a = v.assessments.get(p);
        if (a.assessable()) {
          double s = a.score();
          b.append("<td class=\"heat\" data-v=\"").append(Text.fixed4(s)).append("\" style=\"background:")
              .append(Heat.color(s)).append(";color:").append(Heat.ink(s)).append("\" title=\"")
              .append(p.id()).append(": ").append(Text.fixed4(s)).append(a.finding() != null ? " (finding)" : "")
              .append("\">").append(Text.fixed4(s).substring(0, 4)).append(a.finding() != null ? "\u202f\u25cf" : "")
              .append("</td>");
        } else {
          String reason = a.notAssessableReason() == null ? View.NOT_ASSESSED : v.scrub(a.notAssessableReason());
          b.append("<td class=\"heat na\" data-v=\"\" title=\"").append(p.id()).append(" not assessable: ")
              .append(Html.escape(Text.excerpt(reason, 200))).append("\">n/a</td>");
        }
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table></div><p class=\"note\">\u25cf marks a detected finding.</p></section>\n");
  }

  private static String head(String label, String type, String title) {
    return "<th scope=\"col\" data-type=\"" + type + "\"" + (type.equals("num") ? " class=\"num\"" : "")
        + (title == null ? "" : " title=\"" + Html.escape(title) + "\"") + "><button type=\"button\">"
        + Html.escape(label) + "</button></th>";
  }

  /**
   * A habit's heading: its id in words, as in {@code cohort.csv}, short enough to keep nine columns on a laptop
   * screen; the plain-language name on hover. {@code data-pattern} names the column for scripts and browser tests.
   */
  private static String habitHead(PatternId p) {
    return "<th scope=\"col\" data-type=\"num\" class=\"num\" data-pattern=\"" + p.id() + "\" title=\""
        + Html.escape(PatternText.title(p)) + "\"><button type=\"button\">" + Html.escape(p.id().replace('_', ' '))
        + "</button></th>";
  }

  private static String num(double d) {
    String shown = d == Math.rint(d) ? Long.toString((long) d) : String.format(java.util.Locale.ROOT, "%.2f", d);
    return "<td class=\"num\" data-v=\"" + Text.fixed4(d) + "\">" + shown + "</td>";
  }

  private static void distributions(StringBuilder b, List<View> views) {
    b.append("<section id=\"distributions\"><h2>Each habit across the cohort</h2><div class=\"dists\">");
    for (PatternId p : PatternId.values()) {
      int[] bins = new int[10];
      int na = 0;
      int found = 0;
      for (View v : views) {
        Assessment a = v.assessments.get(p);
        if (!a.assessable()) {
          na++;
          continue;
        }
        bins[Math.min(9, (int) Math.floor(a.score() * 10))]++;
        if (a.finding() != null) {
          found++;
        }
      }
      b.append("<figure>").append(Svg.distribution("Distribution of " + p.id() + " scores", bins, na))
          .append("<figcaption><strong>").append(Html.escape(PatternText.title(p))).append("</strong><br>")
          .append(found).append(" of ").append(views.size() - na).append(" assessed ")
          .append(views.size() - na == 1 ? "person" : "people").append(" show it")
          .append(na > 0 ? "; " + na + " not assessable" : "").append("</figcaption></figure>");
    }
    b.append("</div></section>\n");
  }

  /** The sum of finding severities, 0..9. */
  static double attention(View v) {
    return v.findings.stream().mapToDouble(Finding::severity).filter(Double::isFinite).sum();
  }

  private static double meanScore(View v) {
    return v.assessments.values().stream().filter(Assessment::assessable).mapToDouble(Assessment::score)
        .average().orElse(0);
  }
}
