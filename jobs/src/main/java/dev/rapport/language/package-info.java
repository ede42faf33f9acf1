/**
 * Language signals per message, computed on the author's own text with Stanford CoreNLP.
 *
 * <p>Entry point: {@link dev.rapport.language.LanguageAnalyzer#shared()} then
 * {@link dev.rapport.language.LanguageAnalyzer#analyze(String)}, giving a {@link dev.rapport.language.Signals}.
 * CoreNLP (tokenize, ssplit, pos, lemma only) sits behind {@link dev.rapport.language.NlpPipeline}. Two learned
 * models ship as readable weight files beside this package's classes ({@code ask.model}, {@code politeness.model});
 * {@code rapport train-language} ({@code cli.TrainCommand}) retrains them and {@code rapport classify}
 * ({@code cli.ClassifyCommand}) exposes the analyzer on the command line. Everything else is a documented rule in
 * {@link dev.rapport.language.SentenceRules}.
 *
 * <p>Two senses of "ask": {@code Signals.ask} follows the email-intent corpus (any sentence that wants the reader to
 * act or answer, including questions and offers); the sentence label {@code request} is the networking sense (a
 * favour asked: no offers, thanks, greetings, congratulations, apologies or questions about the reader unless
 * request wording is present), and {@code Signals.asksFirst} uses it.
 */
package dev.rapport.language;
