#!/bin/sh
# Records which classes a start of the window loads, so the installed app can map them from a class-data-sharing
# archive instead of reading, parsing and verifying them from the jars at every start (first paint on 10,000
# deals about a quarter sooner; docs/benchmarks.md). Run by `mvn -Pinstaller package` on Linux between
# jpackage's app image and the .deb made from it.
#
# The archive itself is made on the user's machine by the package's postinst, from the class list recorded here:
# the JVM (17) maps an archive only for jars at the paths it was made with, which are the installed ones.
#
# Usage: installer/cds-training.sh IMAGE INPUT
#   IMAGE  the app image (target/installer/image/fieldbook); gets lib/app/fieldbook.classlist, and the launcher
#          options that use lib/app/fieldbook.jsa when it exists
#   INPUT  jpackage's input folder (fieldbook.jar and lib/), run by the build's JDK to make the training data
#
# The training start needs a display: xvfb-run (Debian: apt-get install xvfb) when there is no DISPLAY.
set -eu
image=$1
input=$2
cfg=$image/lib/app/fieldbook.cfg
classes=$image/lib/app/fieldbook.classlist
archive=$image/lib/app/fieldbook.jsa
[ -f "$cfg" ] || { echo "cds-training.sh: no launcher configuration at $cfg" >&2; exit 1; }

if [ -n "${DISPLAY:-}" ]; then
  display=""
elif command -v xvfb-run >/dev/null; then
  display="xvfb-run -a"
else
  echo "cds-training.sh: the training start needs a display: set DISPLAY or install xvfb-run (xvfb)" >&2
  exit 1
fi

training=$(mktemp -d)
trap 'rm -rf "$training" "$archive"' EXIT
echo "cds-training.sh: demo data for the training start"
java -cp "$input/fieldbook.jar" org.fieldbook.app.StartupTrainingFolder "$training/data"

# One start under the installed launcher and options, writing the classes it loads; the window quits by itself
# once its first screen is painted (FirstPaintProbe). Its own home: JavaFX unpacks its libraries there.
rm -f "$classes"
echo "cds-training.sh: training start"
HOME=$training JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classes -Dfieldbook.bench.firstPaint=exit" \
  $display "$image/bin/fieldbook" --data-dir "$training/data" > "$training/out.txt" 2>&1 \
  || { cat "$training/out.txt" >&2; exit 1; }
grep -q '^first-paint$' "$training/out.txt" || { cat "$training/out.txt" >&2; exit 1; }
[ -s "$classes" ] || { echo "cds-training.sh: no class list was written" >&2; exit 1; }

# The installed app maps the archive when postinst could make it. A JVM that finds it missing or unusable (a
# jar changed since) starts without it, as before; its cds warnings would go to standard output and corrupt
# `stats --json`, so they are off.
{
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/fieldbook.jsa'
  echo 'java-options=-Xlog:cds=off,cds+dynamic=off'
} >> "$cfg"

# Make the archive here once as postinst will and check that a start maps classes from it; the trap leaves it
# out of the package.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classes" "$image/bin/fieldbook" > "$training/dump.txt" 2>&1 \
  || { cat "$training/dump.txt" >&2; exit 1; }
shared=$(JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" "$image/bin/fieldbook" --version 2>/dev/null \
  | grep -c 'source: shared objects file' || true)
size=$(du -m "$archive" | cut -f1)
[ "$shared" -gt 0 ] || { echo "cds-training.sh: a start does not map classes from the archive" >&2; exit 1; }
echo "cds-training.sh: $(grep -vc "^@" "$classes") classes listed; their archive would be $size MB;" \
  "fieldbook --version maps $shared classes from it"
