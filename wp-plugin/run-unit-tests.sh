#!/usr/bin/env bash
# PHPUnit tests of the plugin's token issuing, permission checks and settings (no WordPress needed),
# after checking that the translation template holds every translatable string.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./make-pot.sh --check
cd tests
exec phpunit -c phpunit.xml "$@"
