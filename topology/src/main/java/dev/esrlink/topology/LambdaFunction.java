package dev.esrlink.topology;

/** The Lambda functions of the one deployment zip, each selected by its Funqy export name. */
public enum LambdaFunction {
  INGEST_ESR_FILE("ingestEsrFile", "RMF/RMC/APC/DCC from ESR into the store; RTC for RMF/RMC"),
  INGEST_LETB_FILE("ingestLetbFile", "POSTS/TRAINEES/PLACEMENTS from the LETB into the store"),
  EXPORT_TO_ESR("exportToEsr", "APP and DNC on schedule, DNF on request"),
  EXPORT_TO_LETB("exportToLetb", "RECONCILIATION, ESRUPDATES (Full Records) and LOADRESULTS"),
  OPERATE("operate", "operator actions: release, re-drive, reprocess, DNF on request; audited"),
  STATUS("status", "Status pages after the daily exports and explain on request; reads only");

  /** The handler AWS's Java runtime calls; Funqy dispatches on QUARKUS_FUNQY_EXPORT. */
  public static final String HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";

  private final String exportName;
  private final String purpose;

  LambdaFunction(String exportName, String purpose) {
    this.exportName = exportName;
    this.purpose = purpose;
  }

  /** The {@code @Funq} name, also the value of {@code QUARKUS_FUNQY_EXPORT}. */
  public String exportName() {
    return exportName;
  }

  public String purpose() {
    return purpose;
  }
}
