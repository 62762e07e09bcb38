#!/bin/sh
# Builds the .deb (mvn -Pinstaller package), installs it into this machine with dpkg -i, checks that the
# installed JVM maps the app's class-data-sharing archive (and, with xvfb-run, that the installed window paints
# with most of its classes from it), runs the installed `fieldbook --version` and
# `fieldbook stats --json --data-dir <tmp>`, checks their output, and removes the
# package again (dpkg -r). Needs root (dpkg). Missing runtime dependencies of the package (e.g. xdg-utils) are
# installed first with apt-get. Run from anywhere:  sudo installer/test-deb.sh [--no-build]
set -eu
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
[ "$(id -u)" = 0 ] || { echo "test-deb.sh: run as root (dpkg -i)" >&2; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  echo "== build: mvn -Pinstaller package -DskipTests"
  start=$(date +%s)
  mvn -B -q -Pinstaller package -DskipTests
  echo "build time: $(( $(date +%s) - start )) s"
fi
deb=$(ls target/installer/*.deb)
echo "== package: $deb, $(stat -c %s "$deb") bytes ($(du -m "$deb" | cut -f1) MB)"
dpkg-deb -f "$deb" Package Version Section Depends

installed() { dpkg-query -W -f='${Status}' fieldbook 2>/dev/null | grep -q "ok installed"; }
if installed; then
  echo "test-deb.sh: a fieldbook package is already installed; remove it first (dpkg -r fieldbook)" >&2
  exit 1
fi
missing=""
for dep in $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q "ok installed" || missing="$missing $dep"
done
if [ -n "$missing" ]; then
  echo "== dependencies missing on this machine, installing:$missing"
  apt-get install -y -q --no-install-recommends $missing >/dev/null
fi

data=$(mktemp -d)
cleanup() {
  rm -rf "$data"
  if installed; then
    echo "== remove: dpkg -r fieldbook"
    dpkg -r fieldbook
    dpkg --purge fieldbook >/dev/null # the "rc" record dpkg -r leaves (the package has no configuration files)
  fi
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== install: dpkg -i $deb"
dpkg -i "$deb"
[ "$(command -v fieldbook)" = /usr/bin/fieldbook ] || fail "fieldbook is not on the PATH"
desktop=/usr/share/applications/fieldbook-fieldbook.desktop
[ -f "$desktop" ] || fail "no desktop entry at $desktop"
grep -q '^Categories=Office;' "$desktop" || fail "the desktop entry is not in the Office category"
echo "desktop entry: $desktop ($(grep '^Categories=' "$desktop"))"
echo "installed size: $(du -sm /opt/fieldbook | cut -f1) MB in /opt/fieldbook"
echo "runtime modules: $(sed -n 's/^MODULES="\(.*\)"/\1/p' /opt/fieldbook/lib/runtime/release)"

echo "== run: fieldbook --version"
version=$(fieldbook --version)
echo "$version"
expected="Fieldbook $(dpkg-deb -f "$deb" Version | sed 's/-[0-9]*$//')"
[ "$version" = "$expected" ] || fail "expected '$expected'"

echo "== run: the class-data-sharing archive, required (JAVA_TOOL_OPTIONS=-Xshare:on)"
[ -f /opt/fieldbook/lib/app/fieldbook.jsa ] || fail "no archive at /opt/fieldbook/lib/app/fieldbook.jsa"
shared=$(JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" fieldbook --version 2>/dev/null \
  | grep -c 'source: shared objects file' || true)
[ "$shared" -gt 0 ] || fail "the installed app cannot map its archive (made by postinst)"
echo "fieldbook --version maps $shared classes from the app's archive"

if command -v xvfb-run >/dev/null; then
  echo "== run: the window, under xvfb-run, with the archive required, on 2,000 demo deals"
  java -cp target/installer/input/fieldbook.jar org.fieldbook.app.StartupTrainingFolder "$data/window" >/dev/null
  window=$(HOME="$data/home" JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info -Dfieldbook.bench.firstPaint=exit" \
    xvfb-run -a fieldbook --data-dir "$data/window" 2>/dev/null || true)
  echo "$window" | grep -q '^first-paint$' || fail "the installed window did not paint its first screen"
  mapped=$(echo "$window" | grep -c 'source: shared objects file' || true)
  loaded=$(echo "$window" | grep -c 'source: ' || true)
  echo "the window painted; $mapped of the $loaded classes it loaded came from the archive"
  [ $((mapped * 100)) -ge $((loaded * 80)) ] || fail "fewer than 80 % of the window's classes came from the archive"
else
  echo "== skipped: the window (no xvfb-run)"
fi

echo "== run: fieldbook stats --json --data-dir $data"
stats=$(fieldbook stats --json --data-dir "$data")
echo "$stats"
[ "$(printf '%s\n' "$stats" | wc -l)" = 1 ] || fail "expected one line on standard output (a JVM warning?)"
# a new data folder: one JSON object of counts, the default pipelines and their stages, no accounts or deals
echo "$stats" | grep -Eq '^\{("[a-z_]+":[0-9]+,?)+\}$' || fail "expected one JSON object of counts"
echo "$stats" | grep -Eq '"pipeline":[1-9]' || fail "expected the default pipeline in a new data folder"
echo "$stats" | grep -q '"account":0' && echo "$stats" | grep -q '"opportunity":0' \
  || fail "expected no accounts and no opportunities in a new data folder"
[ -f "$data/fieldbook.mv.db" ] || fail "no database was made in $data"

cleanup
trap - EXIT
[ ! -e /opt/fieldbook ] && [ ! -e /usr/bin/fieldbook ] && [ ! -e "$desktop" ] || fail "dpkg -r left files behind"
echo "== removed: /opt/fieldbook, /usr/bin/fieldbook and the desktop entry are gone"
echo "OK"
