#!/usr/bin/env python3
"""Sets each late frame of a load step beside the collectors' pauses of the gateway and of the generator.

usage: late_frames.py LOAD_JSON GATEWAY_GC_LOG GENERATOR_GC_LOG [STEP_CALLS]

The GC logs are written with -Xlog:gc:file=...:timemillis (wall-clock ms at the end of each pause); the load
JSON lists each late frame's arrival (lateFramesAtEpochMs). A late frame is put down to a pause when the pause
overlaps the hole before it (the 40 ms before the frame arrived, plus the pause itself).
"""
import json
import re
import sys

PAUSE = re.compile(r"^\[(\d+)ms\].*Pause.* (\d+(?:\.\d+)?)ms$")


def pauses(path):
    out = []
    with open(path) as f:
        for line in f:
            m = PAUSE.match(line.strip())
            if m:
                end = int(m.group(1))
                out.append((end - float(m.group(2)), end, float(m.group(2))))
    return out


def main():
    load, gw_log, gen_log = sys.argv[1:4]
    steps = json.load(open(load))["steps"]
    if len(sys.argv) > 4:
        steps = [s for s in steps if s["calls"] == int(sys.argv[4])]
    gw, gen = pauses(gw_log), pauses(gen_log)
    for step in steps:
        late = step.get("lateFramesAtEpochMs", [])
        by = {"gateway": 0, "generator": 0, "both": 0, "neither": 0}
        for at in late:
            window = (at - 40, at)
            g = any(s <= window[1] and e >= window[0] for s, e, _ in gw)
            n = any(s <= window[1] and e >= window[0] for s, e, _ in gen)
            by["both" if g and n else "gateway" if g else "generator" if n else "neither"] += 1
        longest = lambda ps: max((d for _, _, d in ps), default=0)
        print(f"{step['calls']} calls: {len(late)} late frames; during a pause of the gateway only {by['gateway']}, "
              f"of the generator only {by['generator']}, of both {by['both']}, of neither {by['neither']}; "
              f"pauses over 20 ms: gateway {sum(1 for *_, d in gw if d > 20)} (longest {longest(gw):.1f} ms), "
              f"generator {sum(1 for *_, d in gen if d > 20)} (longest {longest(gen):.1f} ms); "
              f"machine busy at the plateau {step.get('machineBusyAtPlateau')}")


if __name__ == "__main__":
    main()
