package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The configset newsbot uploads (resources beside this class), for one embedding dimension. Its
 * name carries the hash of its files, so a changed schema is a new configset and a collection
 * made with the old one keeps it.
 */
final class Configset {

  private static final String[] FILES = {"solrconfig.xml", "schema.xml"};

  private final Map<String, byte[]> files;
  private final String name;

  private Configset(Map<String, byte[]> files, String name) {
    this.files = files;
    this.name = name;
  }

  /** The configset for vectors of {@code dimension} floats. */
  static Configset forDimension(int dimension) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String f : FILES) {
      String text = resource(f).replace("@DIMENSION@", String.valueOf(dimension));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      files.put(f, bytes);
      sha.update(f.getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
    }
    return new Configset(files, "newsbot-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12));
  }

  String name() {
    return name;
  }

  /** Uploads the configset unless the cluster has it already. */
  void ensureUploaded(SolrClient client) throws SolrServerException, IOException {
    if (new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(name)) {
      return;
    }
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(name);
    upload.setUploadStream(new ContentStreamBase.ByteArrayStream(zip(), name + ".zip", "application/zip"));
    upload.process(client);
  }

  private byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : files.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String resource(String file) {
    try (InputStream in = Configset.class.getResourceAsStream("configset/" + file)) {
      if (in == null) {
        throw new StoreException("the Solr configset file " + file + " is missing from the jar", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
