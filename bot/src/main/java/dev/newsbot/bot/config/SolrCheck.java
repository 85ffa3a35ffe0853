package dev.newsbot.bot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the solr.* settings must say together when store.type=solr; each problem says how to fix it. */
final class SolrCheck {

  private SolrCheck() {}

  static List<String> problems(Map<Setting, Object> values) {
    List<String> out = new ArrayList<>();
    if (!"solr".equals(values.get(Setting.STORE_TYPE))) {
      return out;
    }
    String zk = (String) values.get(Setting.SOLR_ZK_HOSTS);
    String urls = (String) values.get(Setting.SOLR_URLS);
    if (zk == null || urls == null) {
      return out; // already reported
    }
    if (zk.isEmpty() == urls.isEmpty()) {
      out.add("store.type=solr needs exactly one of solr.zk-hosts (zk1:2181,zk2:2181/solr) and solr.urls"
          + " (http://solr1:8983/solr,...): set " + Setting.SOLR_ZK_HOSTS.envName() + " or "
          + Setting.SOLR_URLS.envName() + (zk.isEmpty() ? "" : ", not both"));
    }
    for (String url : urls.isEmpty() ? new String[0] : urls.split(",")) {
      if (!url.strip().matches("https?://[^/\\s]+(/\\S*)?")) {
        out.add("solr.urls '" + url.strip() + "' must be http(s)://host:port/solr, comma-separated");
      }
    }
    String user = (String) values.get(Setting.SOLR_USER);
    String password = (String) values.get(Setting.SOLR_PASSWORD);
    if (user != null && password != null && user.isEmpty() != password.isEmpty()) {
      out.add("solr.user and solr.password go together: set both (" + Setting.SOLR_USER.envName() + ", "
          + Setting.SOLR_PASSWORD.envName() + ") or neither");
    }
    return out;
  }
}
