#!/usr/bin/env bash
# Latency of POST /api/linkage/check (the agent's check while typing: the enabled rules read from the database and
# evaluated) on a running platform, one request at a time (curl's total time, connection included):
# build/linkage-latency.sh [BASE_URL] [REQUESTS]
set -euo pipefail
base="${1:-http://localhost:8080}"
n="${2:-300}"
texts=("楼下餐馆着火了，浓烟很大，有人被困在三楼" "小区门口有人打架，一个人头被打破流了很多血"
	"我家厨房燃气泄漏，闻到很浓的煤气味，不敢开灯" "工地拖欠工资半年，我们几十个工人准备明天一起去市政府讨说法"
	"小区楼下的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全" "附近工地夜间施工噪音扰民，凌晨两点还在打桩，没有人受伤但是很吵")
for ((i = 0; i < n; i++)); do
	k=$((i % ${#texts[@]}))
	curl -s -o /dev/null -w '%{time_total}\n' -u agent1:"${HOTLINE_DEMO_PASSWORD:-demo}" \
		-H 'Content-Type: application/json' -d "{\"text\":\"${texts[$k]}\"}" "$base/api/linkage/check"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
	printf "requests %d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n", NR, t[int(NR * 0.5)], t[int(NR * 0.9)], t[int(NR * 0.99)], t[NR] }'
