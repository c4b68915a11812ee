package org.chronology.extraction.pipeline;

import org.chronology.text.SentenceSplitter;

/** Paragraphs, sentences and clauses, page furniture left out. */
@Stage.Contract(name = "sentences", requires = Layer.TOKENS, adds = Layer.SENTENCES)
public final class SentenceStage implements Stage {

  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public void process(Document doc) {
    doc.setSentences(splitter.split(doc.normalized(), doc.tokens()));
  }
}
