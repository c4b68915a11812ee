package org.chronology.text;

import java.util.ArrayList;
import java.util.List;

/** The {@link Proclitics} readings of every token of a text, computed once for all matchers. */
public final class TokenForms {

  private final List<List<Proclitics.Form>> forms;

  public TokenForms(List<Token> tokens) {
    List<List<Proclitics.Form>> f = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      f.add(Proclitics.forms(t.text()));
    }
    this.forms = f;
  }

  public List<Proclitics.Form> of(int token) {
    return forms.get(token);
  }
}
