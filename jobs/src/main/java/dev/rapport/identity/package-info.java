/**
 * Who is who in one person's archive: {@link dev.rapport.identity.ContactResolver} joins the
 * {@link dev.rapport.identity.Observation}s of messages and LinkedIn connections into
 * {@link dev.rapport.identity.Contact}s (a {@link dev.rapport.identity.Resolution}), and
 * {@link dev.rapport.identity.Seniority} reads job titles.
 */
package dev.rapport.identity;
