#!/bin/sh
# Renders the pictures of the in-app user manual with LiveDesk's own screenshot command, on the built-in demo,
# into livedesk/resources/manual/. Run from the project folder: sh scripts/manual_screenshots.sh
set -eu
out=livedesk/resources/manual
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LIVEDESK_DATA_DIR="$work/data"
export XDG_CONFIG_HOME="$work/config"  # a fresh settings file: English, default layout
for tab in key_metrics trends traffic content_quality overview; do
    uv run livedesk screenshot --demo --tab "$tab" --size 1280x800 --out "$out/$tab.png"
done
