#!/usr/bin/env bash
# Builds the installable plugin zip: wp-plugin/build/shop-agent.zip (one top folder, shop-agent/).
# Uses PHP's own ZipArchive (php-zip), so it needs nothing WordPress does not already need.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$HERE/build"
out="$HERE/build/shop-agent.zip"
rm -f "$out"
php -r '
  [$src, $out] = [$argv[1], $argv[2]];
  $zip = new ZipArchive();
  $zip->open($out, ZipArchive::CREATE) === true || exit(1);
  $files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($src, FilesystemIterator::SKIP_DOTS));
  foreach ($files as $file) {
    $zip->addFile($file->getPathname(), "shop-agent/" . substr($file->getPathname(), strlen($src) + 1));
  }
  $zip->close() || exit(1);
' "$HERE/shop-agent" "$out"
echo "$out"
