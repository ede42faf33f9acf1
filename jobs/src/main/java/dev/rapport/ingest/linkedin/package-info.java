/**
 * LinkedIn's data export: {@link dev.rapport.ingest.linkedin.LinkedInExportReader} reads the ZIP (checked by
 * {@code SafeZip} against {@link dev.rapport.ingest.linkedin.ZipLimits}) or its unpacked CSV files into
 * {@link dev.rapport.ingest.IngestRecord}s, one per row; {@link dev.rapport.ingest.linkedin.LinkedInFormat} names the
 * layouts of each vintage; messages become {@link dev.rapport.ingest.MailMessage}s, other rows carry a
 * {@link dev.rapport.ingest.linkedin.Connection}, {@link dev.rapport.ingest.linkedin.Invitation} or
 * {@link dev.rapport.ingest.linkedin.LinkedInOwner}.
 */
package dev.rapport.ingest.linkedin;
