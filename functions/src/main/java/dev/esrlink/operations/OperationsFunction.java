package dev.esrlink.operations;

import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/** The operations function: an operator's request in, its outcome and audit record key out. */
public class OperationsFunction {
  @Inject Operations operations;

  @Funq("operate")
  public OperatorResult operate(OperatorRequest request) {
    return operations.run(request);
  }
}
