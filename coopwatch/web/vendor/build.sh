#!/usr/bin/env bash
# Vendors the charting library for coopwatch's pages: installs the pinned Apache ECharts from the npm
# registry (package.json, package-lock.json) and copies its browser bundle, Russian locale and licences
# into ../static/vendor/, which is committed, so the app serves it locally (no CDN, closed networks)
# and no JavaScript build runs at install time. Run again after changing the version.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --no-save
out=../static/vendor
mkdir -p "$out"
src=node_modules/echarts
cp "$src/dist/echarts.min.js" "$out/echarts.min.js"
cp "$src/i18n/langRU.js" "$out/echarts-langRU.js"
cp "$src/LICENSE" "$out/LICENSE-echarts.txt"
cp "$src/NOTICE" "$out/NOTICE-echarts.txt"
cp "$src/licenses/LICENSE-d3" "$out/LICENSE-echarts-d3.txt"
cp node_modules/zrender/LICENSE "$out/LICENSE-zrender.txt"
cp node_modules/tslib/LICENSE.txt "$out/LICENSE-tslib.txt"
version=$(node -p "require('./$src/package.json').version")
echo "Apache ECharts $version (npm: echarts@$version), built by coopwatch/web/vendor/build.sh" > "$out/VERSION.txt"
rm -rf node_modules
echo "vendored echarts $version into $out"
