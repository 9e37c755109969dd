package dev.esrlink.topology;

/** The Lambda functions of the one deployment zip, each selected by its Funqy export name. */
public enum LambdaFunction {
  INGEST_ESR_FILE(
      "ingestEsrFile", "RMF/RMC/APC/DCC from ESR into the store; RTC for RMF/RMC", 1769),
  INGEST_LETB_FILE(
      "ingestLetbFile", "POSTS/TRAINEES/PLACEMENTS from the LETB into the store", 1769),
  EXPORT_TO_ESR("exportToEsr", "APP and DNC on schedule, DNF on request", 1024),
  EXPORT_TO_LETB("exportToLetb", "RECONCILIATION, ESRUPDATES (Full Records) and LOADRESULTS", 1024),
  OPERATE(
      "operate", "operator actions: release, re-drive, reprocess, DNF on request; audited", 1769),
  STATUS("status", "Status pages after the daily exports and explain on request; reads only", 1024);

  /** The handler AWS's Java runtime calls; Funqy dispatches on QUARKUS_FUNQY_EXPORT. */
  public static final String HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";

  private final String exportName;
  private final String purpose;
  private final int memoryMb;

  LambdaFunction(String exportName, String purpose, int memoryMb) {
    this.exportName = exportName;
    this.purpose = purpose;
    this.memoryMb = memoryMb;
  }

  /**
   * The memory the deployment gives the function by default (infra's FunctionSizing explains the
   * sizes; CDK context can raise them), also what the cost figures of the bench price a second at.
   */
  public int memoryMb() {
    return memoryMb;
  }

  /** The {@code @Funq} name, also the value of {@code QUARKUS_FUNQY_EXPORT}. */
  public String exportName() {
    return exportName;
  }

  public String purpose() {
    return purpose;
  }
}
