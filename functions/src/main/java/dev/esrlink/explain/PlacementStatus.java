package dev.esrlink.explain;

import dev.esrlink.matching.Placement;

/**
 * The stage of one placement and why.
 *
 * @param reason why, in words (identifiers and dates only)
 * @param queue for a placement waiting to be sent: its place behind the cap, else null
 */
public record PlacementStatus(Placement placement, Stage stage, String reason, Queue queue) {

  /**
   * A placement's place in its TPN's queue of applicants not yet sent.
   *
   * @param place its position among the placements waiting on the TPN (1: first)
   * @param ahead applicants before its own in the queue
   * @param waiting applicants in the queue in all
   * @param cap the most applicants one APP file takes for one TPN
   */
  public record Queue(int place, int ahead, int waiting, int cap) {}
}
