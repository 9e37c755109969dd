#!/usr/bin/env bash
# Uploads one ESR RMF and one LETB POSTS file to the deployed stack's inbound buckets and waits
# for what the ingest functions write: a file report for each and the RTC for the RMF. Then runs
# an export by direct invoke of the exportToEsr alias, as a schedule would (the emulators do not
# fire EventBridge Scheduler schedules).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
STACK="${STACK:-dev-EsrLink}"
export AWS_ENDPOINT_URL="${AWS_ENDPOINT_URL:-http://localhost:4566}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-eu-west-2}"
RMF="DE_EOE_RMF_20260101_00000001.DAT"
POSTS="LETB_EOE_POSTS_20260101_000001.csv"

fail() { echo "smoke.sh: $*" >&2; exit 1; }

output() {
  aws cloudformation describe-stacks --stack-name "$STACK" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}

wait_for() { # bucket prefix
  for _ in $(seq 1 90); do
    count="$(aws s3api list-objects-v2 --bucket "$1" --prefix "$2" --query KeyCount --output text)"
    if [[ "$count" != "0" && "$count" != "None" ]]; then
      echo "found s3://$1/$2*"
      return 0
    fi
    sleep 2
  done
  fail "nothing under s3://$1/$2 after 180 s"
}

ESR_INBOUND="$(output BucketEsrInbound)"
LETB_INBOUND="$(output BucketLetbInbound)"
ESR_OUTBOUND="$(output BucketEsrOutbound)"
OPERATIONS="$(output BucketOperations)"
[[ -n "$ESR_INBOUND" && "$ESR_INBOUND" != "None" ]] || fail "stack $STACK has no outputs: run deploy.sh"

aws s3 cp "$HERE/samples/$RMF" "s3://$ESR_INBOUND/$RMF"
aws s3 cp "$HERE/samples/$POSTS" "s3://$LETB_INBOUND/$POSTS"

wait_for "$OPERATIONS" "reports/$RMF"
wait_for "$OPERATIONS" "reports/$POSTS"
wait_for "$ESR_OUTBOUND" "DE_EOE_RTC_"

EXPORT_TO_ESR="$(output FunctionExportToEsr)"
aws lambda invoke --function-name "$EXPORT_TO_ESR" --cli-binary-format raw-in-base64-out \
  --payload '{"job":"APP","lo":"EOE"}' export-result.json > export-status.json
grep -q '"job":"APP"' export-result.json || fail "the APP export answered $(cat export-result.json)"
if grep -q FunctionError export-status.json; then fail "the APP export failed: $(cat export-result.json)"; fi
echo "export by direct invoke: $(cat export-result.json)"
echo "smoke: OK"
