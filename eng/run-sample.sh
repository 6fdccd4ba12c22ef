#!/usr/bin/env bash
# The main job: pack ViewAnalyzers, build the lesson sample against the package (as a user's project
# would), show the diagnostics it reports, then run the lesson.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet pack src/ViewAnalyzers.Package -c Release -nologo -v:q
# The package keeps its version number between builds: drop any copy restored earlier.
rm -rf artifacts/restore/viewanalyzers
# MSBuild repeats each warning in its summary: show each once.
dotnet build samples/CopiesVsViews -nologo -v:q | { grep -E "warning VA|error" || true; } | awk '!seen[$0]++'
echo
dotnet run --project samples/CopiesVsViews --no-build
