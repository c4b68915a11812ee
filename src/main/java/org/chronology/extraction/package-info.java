/**
 * Event extraction from Arabic news.
 *
 * <p>Entry points: {@link org.chronology.extraction.ArabicEventExtractor#standard()} (gazetteer and
 * lexicon from {@code src/main/resources/lang/ar/extraction/}) or {@code new
 * ArabicEventExtractor(Gazetteer.fromEntries(entries))} for a gazetteer rebuilt from the app's
 * actor table ({@link org.chronology.extraction.actor.Gazetteer#readResource()} gives the entries
 * to seed it). {@code extract(ArticleText)} returns one {@link
 * org.chronology.extraction.ExtractedEvent} per happening of the article in text order, each
 * carrying {@code extractorVersion()}; {@code merge(List)} groups mentions of one happening across
 * articles into {@link org.chronology.extraction.EventCluster}s. The extractor is immutable and
 * thread-safe.
 *
 * <p>The pipeline ({@link org.chronology.extraction.pipeline}) is a list of plain-Java stages, each
 * declaring the layers it needs and adds, order-checked when built: tokens → sentences (furniture
 * skipped) → dates (the date tagger) → triggers → modality → actors → places → events → roles →
 * coalesce (one event per happening in the article) → confidence → titles. The scoring tool against
 * gold files lives in the test tree ({@code org.chronology.extraction.eval.Evaluation}).
 */
package org.chronology.extraction;
