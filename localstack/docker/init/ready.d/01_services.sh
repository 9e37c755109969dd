#!/usr/bin/env bash
# Fails loudly when a service the ESR Link stack needs does not answer on this emulator.
set -euo pipefail
# Runs inside the emulator (awslocal in LocalStack, aws in Floci's -compat image) or from the host.
export AWS_ENDPOINT_URL="${AWS_ENDPOINT_URL:-http://localhost:4566}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-eu-west-2}"
aws() {
  if command -v awslocal > /dev/null; then command awslocal "$@"; else command aws --endpoint-url "$AWS_ENDPOINT_URL" "$@"; fi
}

aws s3api list-buckets > /dev/null
aws dynamodb list-tables > /dev/null
aws lambda list-functions > /dev/null
aws sqs list-queues > /dev/null
aws kms list-keys > /dev/null
aws logs describe-log-groups > /dev/null
aws scheduler list-schedule-groups > /dev/null
aws cloudformation list-stacks > /dev/null
echo "esrlink: s3, dynamodb, lambda, sqs, kms, logs, scheduler, cloudformation answer"
