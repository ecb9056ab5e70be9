# The two commands the README opens with: `make run` and `make test`.
MVN ?= mvn -B -q
JAR := target/gateway-0.1.0-SNAPSHOT.jar
CP := $(JAR):target/lib/*

.PHONY: run test build clean scenarios reset bench browser

build: $(JAR)

$(JAR): pom.xml $(shell find src/main plugins -type f 2>/dev/null)
	rm -rf target/lib
	$(MVN) -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

run: build
	@# The local command honours X-Clock so the public scenario harness can test opening hours;
	@# production runs the jar without ALLOW_TEST_CLOCK.
	ALLOW_TEST_CLOCK=$${ALLOW_TEST_CLOCK:-1} java -XX:+UseG1GC -cp '$(CP)' pizzeria.Main

# Not quiet: Surefire's closing "Tests run: ..." line is how CI knows tests ran.
test: browser
	mvn -B --no-transfer-progress test

# The console's browser tests drive Debian's headless Chromium: installed here when missing (as root, as CI runs);
# without it they fail with the command to run, never skip.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	  || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } \
	  || echo "chromium and chromium-driver are missing: run 'sudo apt-get install chromium chromium-driver'"

# The public scenario harness against a running `make run` (ALLOW_TEST_CLOCK=1 lets it set the clock). It waits
# for the gateway's /health first, so `make run` in another terminal (still building, or starting) is no race.
scenarios:
	@python3 tools/wait_ready.py http://localhost:$${PORT:-8080}/health 300
	python3 ../shared/tools/run_scenarios.py --base http://localhost:$${PORT:-8080} --scenarios ../shared/spec/scenarios.yaml

# Forgets every order, call and uploaded menu: the embedded database's folder. Refused while a gateway answers.
reset:
	@if curl -s -o /dev/null --max-time 2 http://localhost:$${PORT:-8080}/health; then \
	  echo "a gateway is answering on port $${PORT:-8080}: stop it (Ctrl-C) first"; exit 1; fi
	rm -rf data
	@echo "data/ removed: the next make run starts with an empty database"

# The whole benchmark (about 16 minutes): calls stepped up to 1000, 10,000 tenants, JMH hot paths.
# Results land in bench/results/*.json; BENCHMARKS.md summarises them. Not part of `make test`.
BENCH_STEPS ?= 50,100,250,500,750,1000
BENCH_TENANTS ?= 10000
BENCH_CP = target/test-classes:target/classes:$$(cat target/bench.cp)
# Both JVMs of the load step log their collectors' pauses, so late frames can be set beside them (bench/tools/late_frames.py).
BENCH_GATEWAY_OPTS ?= -XX:+UseG1GC -Xlog:gc:file=bench/results/gateway-gc.log:timemillis
bench:
	$(MVN) -Pbench -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib
	$(MVN) -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
	mkdir -p bench/results
	java -cp "$(BENCH_CP)" org.openjdk.jmh.Main -f 1 -wi 3 -w 1s -i 5 -r 1s -rf json -rff bench/results/jmh.json
	java -cp "$(BENCH_CP)" pizzeria.bench.TenantsBench $(BENCH_TENANTS) bench/results/tenants.json
	GATEWAY_JAVA_OPTS="$(BENCH_GATEWAY_OPTS)" java -XX:+UseSerialGC -Xlog:gc:file=bench/results/generator-gc.log:timemillis \
		-cp "$(BENCH_CP)" pizzeria.bench.LoadBench $(BENCH_STEPS) bench/results/load.json
	python3 bench/tools/late_frames.py bench/results/load.json bench/results/gateway-gc.log bench/results/generator-gc.log

clean:
	rm -rf target
