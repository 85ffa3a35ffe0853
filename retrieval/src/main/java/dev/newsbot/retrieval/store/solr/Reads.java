package dev.newsbot.retrieval.store.solr;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/** Reads of the current issue versions' documents, page by page with a cursor. */
final class Reads {

  /** Documents fetched per request when reading everything of a kind. */
  static final int PAGE = 2_000;

  private final SolrClient client;
  private final String collection;

  Reads(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** A query for the documents of {@code type} in the current versions of {@code state}; null when none are current. */
  static SolrQuery current(String type, StoreState state) {
    if (state.current().isEmpty()) {
      return null;
    }
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("type:" + type);
    q.addFilterQuery("{!terms f=vid}" + state.currentList());
    return q;
  }

  /** Every document {@code q} finds, in the order of {@code sortField} (unique with the id), to {@code sink}. */
  void forEach(SolrQuery q, String sortField, Consumer<SolrDocument> sink) throws SolrServerException, IOException {
    if (q == null) {
      return;
    }
    q.setRows(PAGE);
    q.setSort(sortField, SolrQuery.ORDER.asc);
    q.addSort("id", SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    for (int page = 0; page < Integer.MAX_VALUE; page++) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
      r.getResults().forEach(sink);
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }
}
