-- wrk script: requests the paths listed in a file (one per line) in turn, and prints the latency percentiles.
--   wrk -t1 -c1 -d10s -s bench/paths.lua http://localhost:18092 -- paths.txt
local paths = {}
local next_path = 0

function init(args)
    for line in io.lines(args[1]) do
        if line ~= "" then
            paths[#paths + 1] = line
        end
    end
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
    io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %d\n", summary.requests,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.errors.status))
end
