#!/usr/bin/env bash
# Deploys the stack synthesized by `./mvnw -pl infra -am package` (infra/target/cdk.out) into
# LocalStack or Floci on http://localhost:4566, with cdklocal (npm: aws-cdk + aws-cdk-local).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
STACK="${STACK:-dev-EsrLink}"
CDK_OUT="${CDK_OUT:-$ROOT/infra/target/cdk.out}"
export AWS_ENDPOINT_URL="${AWS_ENDPOINT_URL:-http://localhost:4566}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-eu-west-2}" AWS_REGION="${AWS_DEFAULT_REGION:-eu-west-2}"
ACCOUNT="000000000000"

fail() { echo "deploy.sh: $*" >&2; exit 1; }

[[ -f "$CDK_OUT/$STACK.template.json" ]] \
  || fail "no $CDK_OUT/$STACK.template.json: run ./mvnw -pl infra -am package first"
command -v cdklocal > /dev/null \
  || fail "cdklocal not found: npm install -g aws-cdk@2.1148.1 aws-cdk-local@3.0.4"

echo "Waiting for the emulator's ready marker at $AWS_ENDPOINT_URL ..."
for _ in $(seq 1 60); do
  if aws ssm get-parameter --name /esrlink/emulator/ready > /dev/null 2>&1; then
    ready=yes
    break
  fi
  sleep 2
done
[[ "${ready:-}" == yes ]] || fail "no /esrlink/emulator/ready parameter after 120 s (init scripts ran?)"

cdklocal bootstrap "aws://$ACCOUNT/$AWS_DEFAULT_REGION" --app "$CDK_OUT"
cdklocal deploy "$STACK" --app "$CDK_OUT" --require-approval never \
  --outputs-file "$HERE/outputs.json"
echo "Deployed $STACK; outputs in $HERE/outputs.json"
