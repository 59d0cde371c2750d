#!/usr/bin/env bash
# Fetches the bundled fonts again (Noto Sans HK and SC, regular and bold, SIL OFL 1.1) from the
# npm registry's packages of Google Fonts' region subsets, and checks them against the hashes
# the program was built and tested with. Needs npm. Writes into assets/fonts/.
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.4.3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for region in hk sc; do
  (cd "$work" && npm pack --silent "@expo-google-fonts/noto-sans-${region}@${version}" >/dev/null)
  tar -xzf "$work/expo-google-fonts-noto-sans-${region}-${version}.tgz" -C "$work"
  upper=${region^^}
  cp "$work/package/400Regular/NotoSans${upper}_400Regular.ttf" "assets/fonts/NotoSans${upper}-Regular.ttf"
  cp "$work/package/700Bold/NotoSans${upper}_700Bold.ttf" "assets/fonts/NotoSans${upper}-Bold.ttf"
  cp "$work/package/LICENSE_FONT" assets/fonts/OFL.txt
  rm -rf "$work/package"
done
(cd assets/fonts && sha256sum -c SHA256SUMS)
