/**
 * Rendering: {@code report.json}, {@code cohort.csv} and the two self-contained HTML pages, as pure functions from
 * {@link dev.rapport.report.PersonReport} to text. The pipeline does all file I/O.
 *
 * <pre>{@code
 * Map<String, String> labels = ContactLabels.assign(keysInFirstUseOrder, data.contacts(), options.realNames());
 * PersonReport r = new PersonReport(person, addresses, names, counts, assessments, strengths, labels, metrics);
 * write("people/" + person + "/report.json", ReportJson.person(r));
 * write("people/" + person + "/report.html", PersonPage.render(r, options));
 * write("index.html", CohortPage.render(all, options));
 * write("cohort.csv", CohortCsv.render(all));
 * }</pre>
 *
 * <p>Privacy is part of correctness here. Every archive value passes through {@link dev.rapport.report.Html#escape};
 * pages carry a Content-Security-Policy that forbids every network load and every script but the cohort page's own
 * (allowed by its SHA-256); contacts appear only by label, and pages made without real names replace any label that
 * is not a pseudonym. Only {@code Evidence.excerpt} (the owner's own words) is quoted, cut to
 * {@link dev.rapport.report.ReportOptions#maxExcerptChars()}, with typed e-mail addresses masked.
 */
package dev.rapport.report;
