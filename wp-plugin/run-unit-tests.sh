#!/usr/bin/env bash
# PHPUnit tests of the plugin's token issuing, permission checks and settings (no WordPress needed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/tests"
exec phpunit -c phpunit.xml "$@"
