package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.chronology.text.SentenceSplitter;

/** Paragraphs, sentences and clauses, page furniture left out. */
public final class SentenceStage implements Stage {

  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public void process(Document doc) {
    doc.setSentences(splitter.split(doc.normalized(), doc.tokens()));
  }
}
