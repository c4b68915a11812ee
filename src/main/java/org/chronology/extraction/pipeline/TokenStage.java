package org.chronology.extraction.pipeline;

import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;
import org.chronology.text.Tokenizer;

/** Normalises the stored text (keeping the offset map) and splits it into words. */
@Stage.Contract(name = "tokens", adds = Layer.TOKENS)
public final class TokenStage implements Stage {

  @Override
  public void process(Document doc) {
    NormalizedText nt = ArabicNormalizer.normalize(doc.article().text());
    doc.setTokens(nt, Tokenizer.tokenize(nt.text()));
  }
}
