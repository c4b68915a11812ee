package org.chronology.extraction.pipeline;

import org.chronology.text.SentenceSplitter;

/** Paragraphs, sentences and clauses, page furniture left out. */
@Stage.Contract(name = "sentences", requires = Layer.TOKENS, adds = Layer.SENTENCES)
public record SentenceStage(SentenceSplitter splitter) implements Stage {

  @Override
  public void process(Document doc) {
    doc.setSentences(splitter.split(doc.normalized(), doc.tokens()));
  }
}
