package dev.esrlink.applicant;

import dev.esrlink.matching.Placement;
import dev.esrlink.matching.Position;
import dev.esrlink.reference.Refs;
import dev.esrlink.store.SentApplicants;

/** One APP: a placement on one live matched position of its TPN. */
public record Applicant(Placement placement, Position position) {

  public String ref() {
    return Refs.applicant(placement.placementId(), position.positionId());
  }

  /** The store key "PK|SK" of this applicant's record. */
  public String storeKey() {
    return SentApplicants.storeKey(placement.placementId(), position.positionId());
  }
}
