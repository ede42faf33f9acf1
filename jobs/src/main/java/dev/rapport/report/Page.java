package dev.rapport.report;

/** The head and stylesheet every Rapport page shares: strict CSP, no external resources, a print stylesheet. */
final class Page {
  private Page() {}

  static final String CSS = """
      :root{--ink:#1b1b1b;--muted:#5c6370;--line:#d8dde3;--bg:#ffffff;--soft:#f5f7fa;--accent:#3d5a80;--warn:#b22222}
      *{box-sizing:border-box}
      body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);\
      background:var(--bg);margin:0 auto;max-width:70rem;padding:1.5rem;overflow-wrap:anywhere}
      h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid var(--line)}
      h3{font-size:1.1rem;margin:.2rem 0}
      .meta,.note,.muted{color:var(--muted);font-size:.9rem}
      .summary{background:var(--soft);border-left:5px solid var(--accent);padding:.8rem 1.2rem;font-size:1.05rem}
      .summary li{margin:.3rem 0}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}
      th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
      th{background:var(--soft);font-weight:600;overflow-wrap:normal}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      td.when,td.who{white-space:nowrap}
      .bar{position:absolute;left:0;top:0;bottom:0;background:var(--accent);border-radius:2px}
      .track{position:relative;display:inline-block;width:8rem;height:.7rem;background:var(--line);vertical-align:middle;\
      border-radius:2px;margin-right:.5rem}
      .finding{border:1px solid var(--line);border-left:6px solid var(--warn);border-radius:4px;padding:.8rem 1rem;\
      margin:1rem 0;break-inside:avoid}
      .strength{border:1px solid var(--line);border-left:6px solid #1f7a6d;border-radius:4px;padding:.6rem 1rem;\
      margin:.8rem 0;break-inside:avoid}
      .next{background:#fff8e6;padding:.5rem .8rem;border-radius:4px}
      .excerpt{font-style:italic}
      .na{color:var(--muted);font-style:italic}
      .chart{max-width:100%;height:auto;display:block;margin:.5rem 0}
      .chart .tick,.dist .tick{font-size:10px;fill:var(--muted)}.chart .rowlabel{font-size:11px;fill:var(--ink)}
      .chart .grid{stroke:var(--line);stroke-width:1}
      .dist{width:10rem;height:auto;display:block}
      .heat{text-align:center;white-space:nowrap;font-variant-numeric:tabular-nums;min-width:3.2rem}
      .tablewrap{overflow-x:auto}
      th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit;\
      text-align:inherit}
      th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
      a{color:var(--accent)}
      figure{margin:1rem 0}
      @media print{
        @page{margin:12mm}
        body{font-size:11pt;max-width:none;padding:0}
        .noprint{display:none}
        .summary,.finding,.strength,.next,th,.heat,.chart,.dist{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        h2{break-after:avoid}.finding,.strength,figure,tr{break-inside:avoid}
        a{color:inherit;text-decoration:none}
        .tablewrap{overflow:visible}
      }
      """;

  /** Everything up to and including {@code <body>}; {@code title} is escaped here. */
  static void head(StringBuilder b, String title, String csp) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.escape(csp)).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n");
  }
}
