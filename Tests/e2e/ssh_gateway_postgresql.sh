#!/usr/bin/env bash
# The SSH gateway script once more, with the gateway's database on PostgreSQL (a
# throwaway cluster of its own, see SKILLS_E2E_BACKEND in lib.bash): every identity,
# refusal, TUI session and the 20 concurrent raters, through libpq.
SKILLS_E2E_BACKEND=postgresql exec bash "$(dirname "$0")/ssh_gateway.sh"
