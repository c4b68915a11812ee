package org.chronology.text;

/** A clause of a sentence: tokens {@code [firstToken, endToken)}. */
public record Clause(int firstToken, int endToken) {}
