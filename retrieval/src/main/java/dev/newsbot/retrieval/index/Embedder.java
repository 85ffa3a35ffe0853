package dev.newsbot.retrieval.index;

import java.util.List;

/** Turns text into unit-length vectors; the seam between newsbot and an embedding model. */
public interface Embedder {

  /** The setting value naming this model; stored with the vectors it made. */
  String modelKey();

  int dimension();

  /** A question's vector (models trained with a query instruction get it here). */
  float[] embedQuery(String question);

  /** Passage vectors, in order. */
  List<float[]> embedPassages(List<String> passages);
}
