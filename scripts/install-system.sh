#!/usr/bin/env bash
# Installs the Debian packages Sekisho's tests and demo use, where missing. Idempotent; needs root (or sudo).
set -euo pipefail
PKGS=(dcmtk orthanc orthanc-dicomweb tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn dicom3tools fonts-ipafont-gothic
      chromium chromium-driver libpq5 postgresql postgresql-client)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian's orthanc package starts a system service on port 4242/8042; tests start their own instances.
if command -v service >/dev/null 2>&1; then service orthanc stop >/dev/null 2>&1 || true; fi
# PostgreSQL: start the local cluster if it is not answering.
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    ver=$(ls /etc/postgresql | sort -V | tail -n1)
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  fi
fi
