#!/bin/bash
# CPU timeline of a process and its children (the import CLI and its extraction workers), sampled
# from /proc/<pid>/stat every INTERVAL seconds until the process ends. Used by import-bench.sh.
#   bench/cpu-timeline.sh record PID CSV [INTERVAL]   # long format: t_s,pid,role,cpu_ticks (cumulative)
#   bench/cpu-timeline.sh summary CSV WALL_S [BUCKETS] # per process busy %, and a coarse timeline
set -eu

ticks() { # utime + stime of one pid (fields 14, 15; the name in field 2 may hold spaces)
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  set -- $stat
  echo $(( ${12} + ${13} ))
}

record() {
  local pid=$1 csv=$2 interval=${3:-0.5}
  local t0 now child t
  t0=$(date +%s%N)
  echo "t_s,pid,role,cpu_ticks" >"$csv"
  while [ -d "/proc/$pid" ]; do
    now=$(date +%s%N)
    t=$(awk -v a="$now" -v b="$t0" 'BEGIN { printf "%.2f", (a - b) / 1e9 }')
    if c=$(ticks "$pid"); then echo "$t,$pid,cli,$c" >>"$csv"; fi
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
      if c=$(ticks "$child"); then echo "$t,$child,worker,$c" >>"$csv"; fi
    done
    sleep "$interval"
  done
}

summary() {
  local csv=$1 wall=$2 buckets=${3:-10}
  awk -F, -v hz="$(getconf CLK_TCK)" -v wall="$wall" -v nb="$buckets" '
    NR == 1 { next }
    {
      t = $1; pid = $2
      if (!(pid in role)) { role[pid] = $3; order[++n] = pid; first[pid] = t }
      if (role[pid] == "worker" && !(pid in name)) name[pid] = "worker " sprintf("%c", 64 + (++w))
      if (role[pid] == "cli") name[pid] = "cli"
      # CPU spent in this interval, put into the time bucket where the interval ends
      d = (pid in last) ? $4 - last[pid] : $4
      last[pid] = $4
      b = int(t / wall * nb); if (b >= nb) b = nb - 1
      cpu[pid, b] += d
      if (role[pid] == "worker") wcpu[b] += d
      if (t > tmax) tmax = t
    }
    END {
      for (i = 1; i <= n; i++) {
        p = order[i]
        printf "%-9s pid %-7d busy %5.1f %% of the import (%.1f CPU s)\n", name[p], p, 100 * last[p] / hz / wall, last[p] / hz
        total += (role[p] == "worker") ? last[p] : 0
      }
      printf "workers together: %.1f CPU s, %.2f of 2 cores\n", total / hz, total / hz / wall
      printf "\nCPU %% of one core per tenth of the import (%.1f s each):\n", wall / nb
      printf "%-9s", "process"; for (b = 0; b < nb; b++) printf " %4d", b + 1; printf "\n"
      for (i = 1; i <= n; i++) {
        p = order[i]; printf "%-9s", name[p]
        for (b = 0; b < nb; b++) printf " %4.0f", 100 * cpu[p, b] / hz / (wall / nb)
        printf "\n"
      }
    }' "$csv"
}

cmd=${1:?usage: cpu-timeline.sh record PID CSV [INTERVAL] | summary CSV WALL_S [BUCKETS]}
shift
"$cmd" "$@"
