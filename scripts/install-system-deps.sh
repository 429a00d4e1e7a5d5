#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests need: Chromium (browser shell and end-to-end tests),
# LibreOffice Writer and poppler (Word documents → PDF → text/PNG), fonts that match Calibri/Arial
# metrics, and Xvfb for a real window. Run as root (or with sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium xvfb xauth
$SUDO apt-get install -y -qq --no-install-recommends \
  libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-crosextra-carlito
