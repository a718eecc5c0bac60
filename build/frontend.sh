#!/usr/bin/env bash
# Builds the workstation (frontend/) into the jar's static files. `npm ci` runs only when
# package-lock.json changed since the last install, and the Vite build only when a source changed.
set -euo pipefail
frontend="$1"
static="$2"
cd "$frontend"
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.lock-stamp ] || [ "$(cat node_modules/.lock-stamp)" != "$lock_sum" ]; then
	# A registry mirror that serves only this platform's optional packages (rollup's, esbuild's) leaves them
	# out of the lock file, which `npm ci` then refuses; `npm install` still honours every locked version.
	npm ci --no-audit --no-fund || npm install --no-audit --no-fund --no-save
	echo "$lock_sum" > node_modules/.lock-stamp
fi
source_sum=$( (echo "$lock_sum"; find src index.html vite.config.js -type f | sort | xargs sha256sum) | sha256sum | cut -d' ' -f1)
if [ -f "$static/.source-stamp" ] && [ "$(cat "$static/.source-stamp")" = "$source_sum" ] && [ -f "$static/index.html" ]; then
	echo "workstation unchanged, not rebuilt"
	exit 0
fi
HOTLINE_STATIC_DIR="$static" npm run build
echo "$source_sum" > "$static/.source-stamp"
