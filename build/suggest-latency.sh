#!/usr/bin/env bash
# Latency of POST /api/dispatch/suggest on a running platform, one request at a time (curl's total time,
# connection included): build/suggest-latency.sh [BASE_URL] [REQUESTS]
set -euo pipefail
base="${1:-http://localhost:8080}"
n="${2:-300}"
texts=("小区楼下的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全" "我家楼下的下水道堵塞，污水漫到路面，臭味很大，请尽快疏通"
	"附近工地夜间施工噪音扰民，凌晨两点还在打桩" "孩子学校收取不明费用，家长意见很大，希望教育部门调查"
	"小区物业乱收停车费，业主多次反映没有结果" "公交站台的遮雨棚破损，下雨天无处避雨")
addresses=("广州市越秀区北京街道" "广州市天河区石牌街道" "广州市海珠区" "" "广州市白云区" "番禺区市桥街道")
for ((i = 0; i < n; i++)); do
	k=$((i % ${#texts[@]}))
	curl -s -o /dev/null -w '%{time_total}\n' -u dispatcher1:"${HOTLINE_DEMO_PASSWORD:-demo}" \
		-H 'Content-Type: application/json' \
		-d "{\"text\":\"${texts[$k]}\",\"address\":\"${addresses[$k]}\"}" "$base/api/dispatch/suggest"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
	printf "requests %d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n", NR, t[int(NR * 0.5)], t[int(NR * 0.9)], t[int(NR * 0.99)], t[NR] }'
