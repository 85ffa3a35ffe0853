package dev.newsbot.retrieval.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads a record of numbers from a properties file beside its class, a key per component. */
final class RecordValues {

  private RecordValues() {}

  static <R extends Record> R load(Class<R> type, String resource) {
    Properties p = new Properties();
    try (InputStream in = type.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RecordComponent[] parts = type.getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] args = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String v = p.getProperty(parts[i].getName());
      if (v == null) {
        throw new IllegalStateException(resource + " has no value for " + parts[i].getName());
      }
      types[i] = parts[i].getType();
      args[i] = types[i] == int.class ? (Object) Integer.parseInt(v.strip()) : (Object) Double.parseDouble(v.strip());
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type.getSimpleName() + " from " + resource, e);
    }
  }
}
