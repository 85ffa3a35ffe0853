package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How the store keeps a vector (a BLOB of little-endian float32), and every stored vector read back exactly. */
public final class StoredVectors {

  private StoredVectors() {}

  /**
   * Every stored vector at unit length in float32, in passage order, whatever the archive's size:
   * the exact reference a benchmark holds the snapshot's {@link VectorIndex} against.
   */
  public static ExactVectors readExact(Path indexFile) {
    List<float[]> all = new ArrayList<>();
    try (Connection c = StoreFiles.connect(indexFile, StoreFiles.readOnly(indexFile));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT vector FROM vectors ORDER BY chunk_id")) {
      while (rs.next()) {
        all.add(VectorIndex.unit(toFloats(rs.getBytes(1))));
      }
    } catch (SQLException e) {
      throw new StoreException("reading the vectors of " + indexFile + " failed: " + e.getMessage(), e);
    }
    return new ExactVectors(all);
  }

  /** The stored vectors of {@code chunkIds} (those that have one), as stored: for copying the index elsewhere. */
  public static Map<Long, float[]> read(Path indexFile, Collection<Long> chunkIds) {
    Map<Long, float[]> out = new HashMap<>();
    try (Connection c = StoreFiles.connect(indexFile, true);
        PreparedStatement ps = c.prepareStatement("SELECT vector FROM vectors WHERE chunk_id = ?")) {
      for (long id : chunkIds) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            out.put(id, toFloats(rs.getBytes(1)));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the vectors of " + indexFile + " failed: " + e.getMessage(), e);
    }
    return out;
  }

  /** A vector as stored: float32, little-endian (the SQLite store and the Solr store alike). */
  public static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : v) {
      b.putFloat(f);
    }
    return b.array();
  }

  /** A stored vector read back. */
  public static float[] toFloats(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.length / 4];
    for (int k = 0; k < v.length; k++) {
      v[k] = b.getFloat();
    }
    return v;
  }
}
