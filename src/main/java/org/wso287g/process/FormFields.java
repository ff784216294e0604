package org.wso287g.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables a Camunda Form lets a person set (rule 8): the top-level name of every field that is
 * neither disabled nor read-only, a group's or list's {@code path} standing for the fields inside it
 * ({@code candidates.0.badgeNumber} sets {@code candidates}). Context a form only shows is not among
 * them: form-js does not submit a disabled field, and nobody may send it in its place.
 */
final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFields() {}

  static Set<String> editable(InputStream form) {
    try (form) {
      Set<String> names = new TreeSet<>();
      collect(JSON.readTree(form).path("components"), null, names);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed form is not readable JSON", e);
    }
  }

  private static void collect(JsonNode components, String path, Set<String> names) {
    for (JsonNode component : components) {
      boolean shownOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
      String within = component.hasNonNull("path") ? join(path, component.get("path").asText()) : path;
      if (component.hasNonNull("key") && !shownOnly) {
        names.add(topLevel(join(within, component.get("key").asText())));
      }
      collect(component.path("components"), within, names);
    }
  }

  private static String join(String path, String name) {
    return path == null || path.isEmpty() ? name : path + "." + name;
  }

  private static String topLevel(String valuePath) {
    int dot = valuePath.indexOf('.');
    return dot < 0 ? valuePath : valuePath.substring(0, dot);
  }
}
