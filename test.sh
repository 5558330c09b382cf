#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test PlanningServicesBot.sln -c Release "$@"
