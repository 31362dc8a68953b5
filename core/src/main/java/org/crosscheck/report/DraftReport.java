package org.crosscheck.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.claim.Claim;
import org.crosscheck.judge.Finding;

/**
 * A report seen from one draft article checked against reference articles: which findings set the
 * draft against a reference, and which references corroborate it. Findings among the references
 * alone stay in {@link #report()} but are not the draft's concern.
 *
 * <pre>{@code
 * DraftReport r = checker.check(draft, List.of(wire, agency));
 * r.isConsistent();            // no conflict between a draft claim and a reference claim
 * r.corroboratingSources();    // e.g. ["agency"]: references agreeing with some draft claim
 * }</pre>
 *
 * @param draft      the draft's article id
 * @param references the reference article ids, sorted
 * @param report     the report over the draft and all references
 */
public record DraftReport(String draft, List<String> references, CrossCheckReport report) {

  /**
   * Copies the references; the draft may not be one of them.
   *
   * @param draft      the draft's article id
   * @param references the reference article ids
   * @param report     the report over the draft and all references
   */
  public DraftReport {
    Objects.requireNonNull(draft, "draft");
    references = List.copyOf(references);
    Objects.requireNonNull(report, "report");
    if (references.contains(draft)) {
      throw new IllegalArgumentException("draft " + draft + " cannot also be one of its references");
    }
  }

  /**
   * The draft's claims, in text order.
   *
   * @return the claims whose source is the draft
   */
  public List<Claim> draftClaims() {
    return report.claims().stream().filter(c -> c.source().equals(draft)).toList();
  }

  /**
   * Conflicts between a draft claim and a reference claim, in report order.
   *
   * @return those conflicts; conflicts among references alone are left out
   */
  public List<Finding> conflicts() {
    return report.conflicts().stream().filter(this::involvesDraftAndReference).toList();
  }

  /**
   * Agreements holding a draft claim and a reference claim, in report order.
   *
   * @return those agreements
   */
  public List<Finding> agreements() {
    return report.agreements().stream().filter(this::involvesDraftAndReference).toList();
  }

  /**
   * Whether no reference contradicts the draft.
   *
   * @return whether {@link #conflicts()} is empty
   */
  public boolean isConsistent() {
    return conflicts().isEmpty();
  }

  /**
   * The references that state at least one of the draft's claims, sorted by id.
   *
   * @return the ids of the references sharing an agreement with the draft
   */
  public List<String> corroboratingSources() {
    Set<String> sources = new TreeSet<>();
    for (Finding f : agreements()) {
      f.claims().stream().map(Claim::source).filter(references::contains).forEach(sources::add);
    }
    return List.copyOf(sources);
  }

  private boolean involvesDraftAndReference(Finding f) {
    return f.claims().stream().anyMatch(c -> c.source().equals(draft))
        && f.claims().stream().anyMatch(c -> references.contains(c.source()));
  }
}
