#!/usr/bin/env python3
"""Annotator R: blind codes for double-S-by-R.jsonl -> coded-S-by-R.jsonl (standard library only)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_R import L, E, run  # noqa: E402  (the author's own checker and constants)

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "double-S-by-R.jsonl")
OUT = os.path.join(HERE, "coded-S-by-R.jsonl")


C = {}
C["portal-2025-02-03-17"] = [
    E("attack", 1, "attack", "ASSAULT", "occurred", "Rapid Support Forces", "Civilians (Sudan)", "2025-02-03",
      L("Omdurman", "SD", "Khartoum", 1), None, True)]
C["portal-2025-02-24-22"] = []
C["portal-2025-05-13-47"] = []
C["portal-2025-08-24-41"] = []
C["portal-2025-09-29-18"] = [
    E("anti-ship missile attack", 1, "shell", "ASSAULT", "occurred", "Houthi Movement", "Civilians (International)",
      "2025-09-29", None, None)]
C["portal-2025-12-27-44"] = [
    E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of Italy", "Civilians (Italy)", "2025-12-27",
      L("Italy", "IT", None, 4), None),
    E("attack on Israel", 1, "attack", "ASSAULT", "occurred", "Hamas", "Civilians (Israel)", None,
      L("Israel", "IL", None, 4), None, True)]
C["portal-2026-01-12-19"] = [
    E("missile strike", 1, "shell", "ASSAULT", "occurred", "Rapid Support Forces", "Civilians (Sudan)", "2026-01-12",
      L("Singa", "SD", "Sennar", 1), 10)]
C["portal-2026-03-02-15"] = [
    E("attacks", 1, "shell", "ASSAULT", "occurred", "Military Forces of Iran", "Military Forces of Kuwait",
      "2026-03-02", L("Kuwait", "KW", None, 4), 2)]
C["portal-2026-04-15-84"] = [
    E("sets up roadblocks", 1, "peaceful", "PROTEST", "occurred", "Protesters (Papua New Guinea)", None,
      "2026-04-15", L("Port Moresby", "PG", "National Capital District", 1), None)]
C["portal-2026-05-17-59"] = [
    E("mass shooting", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
      "2026-05-17", L("Tehuitzingo", "MX", "Puebla", 1), 10)]
C["portal-2026-05-20-19"] = []
C["portal-2026-05-30-20"] = [
    E("strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", None, "2026-05-30",
      L("Beaufort Castle", "LB", "Nabatieh", 2), None),
    E("artillery shelling", 1, "shell", "ASSAULT", "occurred", "Military Forces of Israel", None, "2026-05-30",
      L("Beaufort Castle", "LB", "Nabatieh", 2), None)]
C["portal-2026-06-07-15"] = [
    E("airstrikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Hezbollah", "2026-06-07",
      L("Beirut", "LB", "Beirut", 1), 2)]
C["portal-2026-06-08-27"] = [
    E("clashes", 1, "violentdemo", "PROTEST", "occurred", "Rioters (Pakistan)", "Police Forces of Pakistan",
      "2026-06-08", L("Azad Kashmir", "PK", "Azad Kashmir", 3), 11),
    E("arrest", 1, "arrests", "COERCE", "occurred", "Police Forces of Pakistan", "Joint Awami Action Committee",
      "2026-06-08", L("Azad Kashmir", "PK", "Azad Kashmir", 3), None)]
C["portal-2026-06-22-80"] = [
    E("warning strike", 1, "peaceful", "PROTEST", "occurred", "Protesters (Czech Republic)", None, "2026-06-22",
      L("Czech Republic", "CZ", None, 4), None)]

if __name__ == "__main__":
    run(IN, OUT, C, partial_ok=False)
