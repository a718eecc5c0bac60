#!/usr/bin/env bash
# Latency of the cockpit's queries (its longest period, 90 days, too) and of the reports on a running platform, one request at a time (curl's
# total time, connection included), each query REPEAT times: build/analytics-latency.sh [BASE_URL] [REPEAT]
# For the 1,000,000-order figures: HOTLINE_DATA_DIR=/tmp/bench1m java -Xmx6g -jar target/hotline.jar
#   --hotline.demo.history-orders=1000000, wait until the log says the order facts were refreshed, then run this.
set -euo pipefail
base="${1:-http://localhost:8080}"
n="${2:-5}"
user="supervisor1:${HOTLINE_DEMO_PASSWORD:-demo}"
today=$(TZ=Asia/Shanghai date +%F)
month_ago=$(TZ=Asia/Shanghai date -d '29 days ago' +%F)
year_ago=$(TZ=Asia/Shanghai date -d '364 days ago' +%F)
quarter="from=$(TZ=Asia/Shanghai date -d '89 days ago' +%F)&to=$today"
district=$(curl -s -u "$user" "$base/api/analytics/kpi-report?groupBy=district" | grep -o '"key":"[0-9]*"' | head -1 | cut -d'"' -f4)
queries=(
	"/api/analytics/kpi-report"
	"/api/analytics/kpi-report?groupBy=day"
	"/api/analytics/kpi-report?groupBy=unit"
	"/api/analytics/kpi-report?groupBy=category"
	"/api/analytics/kpi-report?groupBy=district"
	"/api/analytics/kpi-report?groupBy=street"
	"/api/analytics/kpi-report?groupBy=channel"
	"/api/analytics/kpi-report?from=$year_ago&to=$today&groupBy=month"
	"/api/analytics/kpi-report?from=$year_ago&to=$today&groupBy=unit"
	"/api/analytics/rankings"
	"/api/analytics/rankings?level=street"
	"/api/analytics/alerts"
	"/api/analytics/hotspots"
	"/api/analytics/kpi-report?$quarter&groupBy=day"
	"/api/analytics/kpi-report?$quarter&groupBy=category"
	"/api/analytics/kpi-report?$quarter&groupBy=district"
	"/api/analytics/kpi-report?$quarter&groupBy=street"
	"/api/analytics/kpi-report?$quarter&groupBy=unit"
	"/api/analytics/kpi-report?$quarter&groupBy=channel"
	"/api/analytics/kpi-report?$quarter&groupBy=day&channel=PHONE"
	"/api/analytics/rankings?$quarter&level=district"
	"/api/analytics/rankings?$quarter&level=street"
	"/api/analytics/kpi-report?$quarter&district=$district&groupBy=street"
	"/api/analytics/kpi-report?$quarter&unitId=1&groupBy=category"
	"/api/analytics/kpis/orders?kpi=onTime&outcome=missed&from=$month_ago&to=$today"
	"/api/analytics/kpis/orders?kpi=backlog&groupBy=unit&key=1"
	"/api/analytics/reports/weekly?format=pdf"
	"/api/analytics/reports/monthly?format=pdf"
)
for q in "${queries[@]}"; do
	for ((i = 0; i < n; i++)); do
		curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$user" "$base$q"
	done | sort -k2 -n | awk -v q="$q" '{ code = $1; t[NR] = $2 * 1000 } END {
		printf "%-90s %s  median %7.1f ms  max %7.1f ms\n", q, code, t[int((NR + 1) / 2)], t[NR] }'
done
# the monitor's detectors, all at once (what the quarter-hourly job runs)
for ((i = 0; i < n; i++)); do
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$user" -X POST -H 'Content-Type: application/json' -d '{}' "$base/api/analytics/monitor"
done | sort -k2 -n | awk '{ code = $1; t[NR] = $2 * 1000 } END {
	printf "%-90s %s  median %7.1f ms  max %7.1f ms\n", "POST /api/analytics/monitor", code, t[int((NR + 1) / 2)], t[NR] }'
