package org.crosscheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ArticleClaims;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;

/**
 * Claims as JSON objects in the shape ARCHITECTURE.md fixes: id, source, text, subject,
 * predicate, object, evidence, begin, end, then the fields added since (kind, lemma, polarity,
 * modality, speaker, arguments).
 */
final class ClaimJson {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private ClaimJson() {}

  static void writeLines(List<ArticleClaims> results, PrintWriter out) throws IOException {
    for (ArticleClaims r : results) {
      for (Claim c : r.claims()) {
        out.println(MAPPER.writeValueAsString(toMap(c)));
      }
    }
  }

  static Map<String, Object> toMap(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("source", c.source());
    m.put("text", c.text());
    m.put("subject", c.subject().map(Argument::text).orElse(""));
    m.put("predicate", c.predicate().text());
    m.put("object", c.object().map(Argument::text).orElse(""));
    m.put("evidence", c.evidenceText());
    m.put("begin", c.evidence().begin());
    m.put("end", c.evidence().end());
    m.put("kind", c.kind().name());
    m.put("lemma", c.lemma());
    m.put("polarity", c.polarity().name());
    m.put("modality", c.modality().name());
    m.put("speaker", c.speaker().map(Argument::text).orElse(""));
    List<Map<String, Object>> args = new ArrayList<>();
    for (Argument a : c.arguments()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("role", a.role().name());
      am.put("slot", a.slot().name());
      am.put("marker", a.marker());
      am.put("text", a.text());
      am.put("begin", a.phrase().span().begin());
      am.put("end", a.phrase().span().end());
      args.add(am);
    }
    m.put("arguments", args);
    return m;
  }
}
