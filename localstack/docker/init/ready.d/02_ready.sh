#!/usr/bin/env bash
# Last init script: the ready marker deploy.sh waits for (an SSM parameter, readable from the host).
set -euo pipefail
# Runs inside the emulator (awslocal in LocalStack, aws in Floci's -compat image) or from the host.
export AWS_ENDPOINT_URL="${AWS_ENDPOINT_URL:-http://localhost:4566}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-eu-west-2}"
aws() {
  if command -v awslocal > /dev/null; then command awslocal "$@"; else command aws --endpoint-url "$AWS_ENDPOINT_URL" "$@"; fi
}

aws ssm put-parameter --name /esrlink/emulator/ready --type String --value ready --overwrite > /dev/null
echo "ESRLINK READY"
