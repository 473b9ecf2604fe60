"""A real Orthanc started by a test: generated JSON config in tmp, unique free ports, tmp storage, the DICOMweb
plugin (Debian ``orthanc-dicomweb``) when installed, our AE in DicomModalities for C-MOVE. Killed fast."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ORTHANC = "/usr/sbin/Orthanc"
DICOMWEB_PLUGIN = Path("/usr/share/orthanc/plugins/libOrthancDicomWeb.so")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Orthanc:
    proc: subprocess.Popen[bytes]
    http_port: int
    dicom_port: int
    aet: str
    workdir: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def dicomweb(self) -> str:
        return self.url + "/dicom-web"

    def upload(self, files: list[Path]) -> list[str]:
        ids = []
        with httpx.Client(timeout=60) as c:
            for f in files:
                r = c.post(self.url + "/instances", content=f.read_bytes())
                r.raise_for_status()
                ids.append(r.json()["ID"])
        return ids

    def studies(self) -> list[str]:
        """Study Instance UIDs stored in this Orthanc."""
        with httpx.Client(timeout=30) as c:
            out = []
            for sid in c.get(self.url + "/studies").json():
                out.append(c.get(f"{self.url}/studies/{sid}").json()["MainDicomTags"]["StudyInstanceUID"])
            return out

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)


def start_orthanc(
    workdir: Path,
    *,
    aet: str = "ORTHANC",
    modalities: dict[str, tuple[str, str, int]] | None = None,
    dicomweb: bool = True,
    ports: tuple[int, int] | None = None,
) -> Orthanc:
    """Start Orthanc; ``ports`` (http, dicom) restarts one on the ports (and storage) of a killed instance."""
    workdir.mkdir(parents=True, exist_ok=True)
    http_port, dicom_port = ports or (free_port(), free_port())
    config = {
        "Name": "sekisho-test",
        "StorageDirectory": str(workdir / "db"),
        "IndexDirectory": str(workdir / "db"),
        "HttpPort": http_port,
        "DicomPort": dicom_port,
        "DicomAet": aet,
        "RemoteAccessAllowed": True,
        "AuthenticationEnabled": False,
        "DicomCheckCalledAet": False,
        "DicomAlwaysAllowEcho": True,
        "DicomAlwaysAllowStore": True,
        "DicomCheckModalityHost": False,
        "UnknownSopClassAccepted": True,
        "StableAge": 1,
        "HttpTimeout": 30,
        "DicomScuTimeout": 10,
        "ConcurrentJobs": 1,
        "DicomModalities": {
            name: {"AET": a, "Host": h, "Port": p, "AllowGet": True, "AllowMove": True, "AllowFind": True}
            for name, (a, h, p) in (modalities or {}).items()
        },
        "Plugins": [str(DICOMWEB_PLUGIN)] if dicomweb and DICOMWEB_PLUGIN.exists() else [],
        "DicomWeb": {"Enable": True, "Root": "/dicom-web/", "EnableWado": False},
    }
    cfg = workdir / "orthanc.json"
    cfg.write_text(json.dumps(config))
    with (workdir / "orthanc.log").open("ab") as log:  # the child keeps its own descriptor
        proc = subprocess.Popen([ORTHANC, str(cfg)], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    orthanc = Orthanc(proc, http_port, dicom_port, aet, workdir)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("Orthanc exited: " + (workdir / "orthanc.log").read_text()[-2000:])
        try:
            if httpx.get(orthanc.url + "/system", timeout=1).status_code == 200:
                return orthanc
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    orthanc.kill()
    raise RuntimeError("Orthanc did not start in 30 s")


def stop(orthanc: Orthanc) -> None:
    orthanc.kill()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(orthanc.proc.pid, signal.SIGKILL)
