# helper shared by code_P.py and code_Q_by_P.py (standard library only)
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_P import E, build  # noqa: E402  (the author's own checker and constants)


# ---------------------------------------------------------------- codes (annotator P, blind double of Q)
C = {}
C["portal-2025-01-06-23"] = [E("AIR", "Military Forces of Russia", "Civilians (Ukraine)", "2025-01-06",
    ("Kherson", "UA", "Kherson", 1), 1, "drone attacks")]
C["portal-2025-02-11-25"] = [E("SUI", "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan", "2025-02-11",
    ("Kunduz", "AF", "Kunduz", 1), 5, "suicide bombing")]
C["portal-2025-04-02-33"] = [
    E("CLASH", "Wazalendo Militia", "M23: March 23 Movement", "2025-04-02", ("Kampala", "CD", None, 1), None, "break through"),
    E("CLASH", "Wazalendo Militia", "M23: March 23 Movement", "2025-04-02", ("Walikale", "CD", "North Kivu", 1), None, "launch an attack")]
C["portal-2025-08-04-17"] = [E("ARR", "Puntland Security Forces", "Islamic State", "2025-08-04",
    ("Sanaag", "SO", "Sanaag", 3), None, "detaining")]
C["portal-2025-09-30-14"] = [E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2025-09-30",
    ("Gaza Strip", "PS", "Gaza Strip", 3), 59, "Israeli attacks")]
C["portal-2026-01-23-35"] = [E("XF", "Police Forces of Uganda", "Protesters (Uganda)", "2026-01-23",
    ("Uganda", "UG", None, 4), 30, "protests")]
C["portal-2026-01-25-46"] = []
C["portal-2026-02-18-23"] = [
    E("CHG", "Burma National Revolutionary Army", "Military Forces of Myanmar", "2026-02-18",
      ("Myanmar", "MM", None, 4), None, "surrendered", plover="CONCEDE"),
    E("CLASH", "Burma National Revolutionary Army", "Unidentified Armed Group (Myanmar)", None,
      ("Myanmar", "MM", None, 4), None, "clashes", bg=True)]
C["portal-2026-03-15-55"] = []
C["portal-2026-04-14-19"] = []
C["portal-2026-04-17-27"] = [E("SHELL", "Military Forces of Israel", None, "2026-04-17",
    ("Lebanon", "LB", None, 4), None, "artillery shelling")]
C["portal-2026-05-23-20"] = []  # cumulative count since the blockade began
C["portal-2026-07-11-17"] = []
C["portal-2026-07-20-42"] = []  # sanctions; chemical-weapon use only alleged, undated, over the war
C["portal-2026-08-04-47"] = [E("ATT", "Military Forces of Russia", "Civilians (Ukraine)", "2026-08-04",
    ("Sevastopol", "UA", "Crimea", 1), 4, "shooting spree")]

# ==== main
if __name__ == "__main__":
    build(os.path.join(os.path.dirname(os.path.abspath(__file__)), "double-Q-by-P.jsonl"), os.path.join(os.path.dirname(os.path.abspath(__file__)), "coded-Q-by-P.jsonl"), C)
