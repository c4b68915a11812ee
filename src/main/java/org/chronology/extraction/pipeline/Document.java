package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ArticleText;
import org.chronology.text.NormalizedText;
import org.chronology.text.Sentence;
import org.chronology.text.Token;
import org.chronology.text.TokenForms;

/**
 * The working state of one article going through the pipeline. Each layer is set by the stage that
 * adds it; reading a layer no stage has added yet fails instead of returning nonsense.
 */
public final class Document {

  private final ArticleText article;
  private final Set<Layer> added = EnumSet.noneOf(Layer.class);

  private NormalizedText normalized;
  private List<Token> tokens;
  private TokenForms forms;
  private List<Sentence> sentences;
  private List<DateHit> dates;
  private List<TriggerHit> triggers;
  private List<CueHit> cues;
  private List<ActorHit> actors;
  private List<PlaceHit> places;
  private List<EventDraft> events;

  public Document(ArticleText article) {
    this.article = article;
  }

  public ArticleText article() {
    return article;
  }

  void markAdded(Set<Layer> layers) {
    added.addAll(layers);
  }

  public boolean has(Layer layer) {
    return added.contains(layer);
  }

  private void need(Object value, Layer layer) {
    if (value == null) {
      throw new IllegalStateException("layer " + layer + " has not been added");
    }
  }

  public NormalizedText normalized() {
    need(normalized, Layer.TOKENS);
    return normalized;
  }

  public List<Token> tokens() {
    need(tokens, Layer.TOKENS);
    return tokens;
  }

  public void setTokens(NormalizedText normalized, List<Token> tokens) {
    this.normalized = normalized;
    this.tokens = List.copyOf(tokens);
    this.forms = new TokenForms(this.tokens);
  }

  /** The proclitic readings of every token (for the phrase matchers). */
  public TokenForms forms() {
    need(forms, Layer.TOKENS);
    return forms;
  }

  public List<Sentence> sentences() {
    need(sentences, Layer.SENTENCES);
    return sentences;
  }

  public void setSentences(List<Sentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  public List<DateHit> dates() {
    need(dates, Layer.DATES);
    return dates;
  }

  public void setDates(List<DateHit> dates) {
    this.dates = List.copyOf(dates);
  }

  public List<TriggerHit> triggers() {
    need(triggers, Layer.TRIGGERS);
    return triggers;
  }

  public void setTriggers(List<TriggerHit> triggers) {
    this.triggers = List.copyOf(triggers);
  }

  public List<CueHit> cues() {
    need(cues, Layer.MODALITY);
    return cues;
  }

  public void setCues(List<CueHit> cues) {
    this.cues = List.copyOf(cues);
  }

  public List<ActorHit> actors() {
    need(actors, Layer.ACTORS);
    return actors;
  }

  public void setActors(List<ActorHit> actors) {
    this.actors = List.copyOf(actors);
  }

  public List<PlaceHit> places() {
    need(places, Layer.PLACES);
    return places;
  }

  public void setPlaces(List<PlaceHit> places) {
    this.places = List.copyOf(places);
  }

  /** The event drafts; mutable list owned by the document (stages after EVENTS refine it). */
  public List<EventDraft> events() {
    need(events, Layer.EVENTS);
    return events;
  }

  public void setEvents(List<EventDraft> events) {
    this.events = events;
  }

  /** The original text of tokens {@code [first, end)}. */
  public String originalText(int first, int end) {
    return normalized.originalSlice(tokens.get(first).start(), tokens.get(end - 1).end());
  }

  public int originalStart(int token) {
    return normalized.originalStart(tokens.get(token).start());
  }

  public int originalEnd(int tokenEndExclusive) {
    return normalized.originalEnd(tokens.get(tokenEndExclusive - 1).end());
  }

  /** The normalised text between two tokens (punctuation and spaces). */
  public String gapBefore(int token) {
    return normalized.text().substring(gapStart(token), tokens.get(token).start());
  }

  /**
   * Where {@link #gapBefore} starts in the normalised text; it ends at the token's start. A loop
   * over the gap's characters reads them there rather than from the gap's own string: a gap of
   * spaces is a Latin-1 string, one with an Arabic comma a UTF-16 one, and a compiled loop that saw
   * only the first kind is thrown away at the first of the second.
   */
  public int gapStart(int token) {
    return token == 0 ? 0 : tokens.get(token - 1).end();
  }
}
