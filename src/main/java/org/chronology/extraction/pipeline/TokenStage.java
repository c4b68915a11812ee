package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;
import org.chronology.text.Tokenizer;

/** Normalises the stored text (keeping the offset map) and splits it into words. */
public final class TokenStage implements Stage {

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.TOKENS);
  }

  @Override
  public void process(Document doc) {
    NormalizedText nt = ArabicNormalizer.normalize(doc.article().text());
    doc.setTokens(nt, Tokenizer.tokenize(nt.text()));
  }
}
