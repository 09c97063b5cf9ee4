#!/usr/bin/env python3
"""Summarises run-ab.sh's output as a Markdown table: mean requests/s of the rounds, B/A, and the worst p99."""
import collections
import re
import sys

rate = collections.defaultdict(lambda: {'8081': [], '8082': []})
p99 = collections.defaultdict(lambda: {'8081': [], '8082': []})
current = None
for line in open(sys.argv[1]):
    heading = re.match(r'== (.*), port (\d+), round', line)
    latency = re.match(r'\s+99%\s+([0-9.]+)(us|ms|s)\s*$', line)
    if heading:
        current = (heading.group(1), heading.group(2))
    elif latency and current:
        p99[current[0]][current[1]].append(float(latency.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[latency.group(2)])
    elif line.startswith('Requests/sec') and current:
        rate[current[0]][current[1]].append(float(line.split()[-1]))
print('| what | A req/s | B req/s | B/A | A p99 ms | B p99 ms |')
print('|---|---:|---:|---:|---:|---:|')
for what, ports in rate.items():
    a = sum(ports['8081']) / len(ports['8081'])
    b = sum(ports['8082']) / len(ports['8082'])
    print(f"| {what} | {a:.0f} | {b:.0f} | {b / a:.2f} | {max(p99[what]['8081']):.0f} | {max(p99[what]['8082']):.0f} |")
