#!/usr/bin/env bash
# Writes the plugin's translation template, shop-agent/languages/shop-agent.pot, from the PHP and
# the widget's JavaScript (text domain shop-agent). Translators copy it to shop-agent-de_DE.po.
# `make-pot.sh --check` fails when the committed template misses or has extra strings.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE/shop-agent"
pot=languages/shop-agent.pot
out=$pot
[[ ${1:-} == --check ]] && out=$(mktemp)
mkdir -p languages
mapfile -t php < <(find . -name '*.php' | sort)
common=(--from-code=UTF-8 --sort-by-file --add-comments=translators: --package-name=shop-agent)
xgettext "${common[@]}" --language=PHP --keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e \
  --keyword=esc_attr__ --keyword=esc_attr_e --keyword=_x:1,2c --keyword=_n:1,2 -o "$out" "${php[@]}"
# a template's charset stays a placeholder until xgettext sees a non-ASCII string; say UTF-8 now
sed -i 's/charset=CHARSET/charset=UTF-8/' "$out"
xgettext "${common[@]}" --language=JavaScript --keyword=__ --join-existing -o "$out" assets/widget.js
sed -i '1s/.*/# Translation template of the Shop Agent plugin (text domain shop-agent)./' "$out"
if [[ ${1:-} == --check ]]; then
  # the strings, not where they stand: moving a line of PHP does not make the template stale
  strip() { grep -v -e '^"POT-Creation-Date' -e '^#:' "$1"; }
  if ! diff <(strip "$pot") <(strip "$out") >/dev/null 2>&1; then
    rm -f "$out"
    echo "wp-plugin/shop-agent/$pot is out of date: run wp-plugin/make-pot.sh and commit it" >&2
    exit 1
  fi
  rm -f "$out"
  echo "translation template up to date"
else
  echo "wp-plugin/shop-agent/$pot: $(grep -c '^msgid "..*"' "$out") strings"
fi
