#!/usr/bin/env bash
# Obtains Noto Sans SC (Regular, SIL Open Font License 1.1) from the npm package
# @expo-google-fonts/noto-sans-sc, pinned by version and by the registry's integrity hash, and puts the
# TrueType file where the build packs it into the jar (classpath: fonts/NotoSansSC-Regular.ttf): the
# reports' PDFs and charts draw Chinese text with it.
set -euo pipefail
version="$1"
target="$2"
integrity="sha512-9rAwdFTFHbO/u6Cs0gj2jZbW74TGIiaFNQnXYH2s5wA1bzVkwbaviL4t8YUV642eGYjg86eH6DkAEQmfNHDncQ=="
out="$target/classes/fonts"
[ -s "$out/NotoSansSC-Regular.ttf" ] && exit 0

work="$target/report-font"
mkdir -p "$work" "$out"
tgz="$work/noto-sans-sc-$version.tgz"
if [ ! -s "$tgz" ]; then
	(cd "$work" && npm pack "@expo-google-fonts/noto-sans-sc@$version" --silent >/dev/null && mv expo-google-fonts-noto-sans-sc-"$version".tgz "$tgz")
fi
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
	echo "@expo-google-fonts/noto-sans-sc $version: integrity mismatch ($actual)" >&2
	rm -f "$tgz"
	exit 1
fi
tar -xzf "$tgz" -C "$work" package/400Regular/NotoSansSC_400Regular.ttf package/LICENSE_FONT
cp "$work/package/400Regular/NotoSansSC_400Regular.ttf" "$out/NotoSansSC-Regular.ttf"
cp "$work/package/LICENSE_FONT" "$out/NotoSansSC-LICENSE.txt"
