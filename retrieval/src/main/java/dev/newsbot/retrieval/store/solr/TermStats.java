package dev.newsbot.retrieval.store.solr;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.TermsResponse;

/**
 * Each term's passage count, read from the collection's term dictionary (the configset's
 * {@code /terms} handler, summed over the shards) in pages of terms in index order, without
 * reading a passage. Lucene counts a deleted passage until its segment is merged: right after an
 * issue is replaced, its old version's terms still count, as they do in Solr's own bm25.
 */
final class TermStats {

  /** Terms fetched per request. */
  static final int PAGE = 50_000;

  private final SolrClient client;
  private final String collection;

  TermStats(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  Map<String, Integer> read() throws SolrServerException, IOException {
    Map<String, Integer> out = new HashMap<>();
    String lower = null;
    for (int page = 0; page < Integer.MAX_VALUE; page++) {
      SolrQuery q = new SolrQuery();
      q.setRequestHandler("/terms");
      q.setTerms(true);
      q.addTermsField("terms");
      q.setTermsLimit(PAGE);
      q.setTermsMinCount(1);
      q.setTermsSortString("index");
      if (lower != null) {
        q.setTermsLower(lower);
        q.setTermsLowerInclusive(false);
      }
      TermsResponse r = client.query(collection, q, SolrRequest.METHOD.POST).getTermsResponse();
      List<TermsResponse.Term> terms = r == null ? null : r.getTerms("terms");
      if (terms == null || terms.isEmpty()) {
        return out;
      }
      for (TermsResponse.Term t : terms) {
        out.put(t.getTerm(), (int) Math.min(Integer.MAX_VALUE, t.getFrequency()));
      }
      if (terms.size() < PAGE) {
        return out;
      }
      lower = terms.get(terms.size() - 1).getTerm();
    }
    return out;
  }
}
