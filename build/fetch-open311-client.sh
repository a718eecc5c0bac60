#!/usr/bin/env bash
# Obtains an independent GeoReport v2 client for the Open311 interoperability test: Code for America's
# Node.js library `open311` (BSD) and its two runtime dependencies from the npm registry, pinned by
# version and by the registry's integrity hash (no GeoReport client is published on Maven Central; see
# docs/decisions/0004-independent-open311-client.md). The library's XML helpers come from a git
# repository the build cannot reach; the test uses the JSON format, so they are replaced by stubs that
# fail if called.
set -euo pipefail
target="$1"
out="$target/open311-client/node_modules"
[ -s "$out/open311/open311.js" ] && exit 0
command -v npm >/dev/null || { echo "npm not found: the Open311 client test will be skipped" >&2; exit 0; }

work="$target/open311-client/packs"
mkdir -p "$work" "$out"
fetch() { # name version integrity
	local tgz="$work/$1-$2.tgz"
	[ -s "$tgz" ] || (cd "$work" && npm pack "$1@$2" --silent >/dev/null)
	local actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
	if [ "$actual" != "$3" ]; then
		echo "$1 $2: integrity mismatch ($actual)" >&2
		rm -f "$tgz"
		exit 1
	fi
	mkdir -p "$out/$1"
	tar -xzf "$tgz" -C "$out/$1" --strip-components=1
}
fetch open311 0.0.12 "sha512-jwK7RRrGKWaK7sC+g7G6d5AyKEQNfWp6tKCsLt6shjO712lgtW8Wkipc6vK84hYg8eyv0vcAPKH3Orj06K/YKQ=="
fetch request 2.11.4 "sha512-lL+DgCpVn4b8scEhyGGel3kAipjMyHHfIEcP1SCbdJq9jCuaJLSBELJ7pel5RhK3oXl/xTI9HecR4NnHSV+Hrg=="
fetch lodash 0.6.1 "sha512-OPb6TH8ycWKgocyPsP3KEP6q/2bqqGa0/Tm+BKpKE1M83hmFpI/2bmN/TYSAZLtXm4D8qFWQKjeOkeEn3+pw8g=="
for stub in sparkxml xml2json; do
	mkdir -p "$out/$stub"
	echo "module.exports = new Proxy({}, { get: () => () => { throw new Error('$stub: XML is not used by this test'); } });" \
		>"$out/$stub/index.js"
done
