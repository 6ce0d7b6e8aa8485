#!/usr/bin/env python3
import os as _os
OUT = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..")
"""Annotator B codes annotator A's blind texts (texts-A.jsonl) -> double-B-codes-A.jsonl.
Coded from the texts only; notes-A / build_A were not opened."""
import json, sys, re
sys.argv = [sys.argv[0]]
src = open(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "build_B.py"), encoding="utf-8").read()
helpers = src.split("# ================= DATA =================")[0]
ns = {"__file__": _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "build_B.py")}; exec(helpers, ns)
E, L, TYPES, DEFAULT_PLOVER, resolve_date, find_nth = ns["E"], ns["L"], ns["TYPES"], ns["DEFAULT_PLOVER"], ns["resolve_date"], ns["find_nth"]

C = {
"note-A-0010": [E("Excessive force against protesters","Protesters (DR Congo)","Police Forces of DR Congo","2020-11-05",L("Bukavu","CD","South Kivu",1),2,"fired live ammunition")],
"note-A-0020": [],
"note-A-0030": [E("Change to group/activity","Hizb-ul-Ahrar",None,"@friday",L("Pakistan","PK",None,4),None,"had chosen"),
                E("Air/drone strike","Unidentified Armed Group (Afghanistan)","Hizb-ul-Ahrar","2023-08-12",L("Paktika","AF","Paktika",3),1,"drone strike")],
"note-A-0040": [E("Protest with intervention","Protesters (Belarus)","Police Forces of Belarus","2021-03-25",L("Minsk","BY","Minsk City",1),None,"dispersed the gathering")],
"note-A-0050": [E("Violent demonstration","Rioters (Venezuela)","Military Forces of Venezuela","@wednesday",L("Caracas","VE","Capital District",1),0,"throwing stones and Molotov cocktails"),
                E("Peaceful protest","Protesters (Venezuela)",None,"@tuesday",L("Valencia","VE","Carabobo",1),None,"a largely peaceful march")],
"note-A-0060": [E("Shelling/artillery/missile attack","Ansar Allah (Houthis)","Military Forces of Yemen","@thursday",L("Aden","YE","Aden",1),11,"fired a missile")],
"note-A-0070": [E("Armed clash","Mutiny of Military Forces of Central African Republic","Military Forces of Central African Republic","@thursday",L("Bangui","CF","Bangui",1),3,"exchanged heavy gunfire")],
"note-A-0080": [E("Armed clash","Military Forces of Mexico","CJNG: Jalisco New Generation Cartel","@sunday",L("Aguililla","MX","Michoacan",2),9,"clashed")],
"note-A-0090": [E("Armed clash","CODECO: Cooperative for Development of Congo","Military Forces of DR Congo","2020-02-23",L("Pimbo","CD","Ituri",1),5,"attacked"),
                E("Attack","CODECO: Cooperative for Development of Congo","Civilians (DR Congo)","2020-02-23",L("Ngongo","CD","Ituri",1),3,"killed 3 civilians")],
"note-A-0100": [],
"note-A-0110": [E("Armed clash","CPN-M: Communist Party of Nepal (Maoist)","Police Forces of Nepal","@saturday",L("Rolpa","NP","Mid-Western",2),15,"attacked a police post"),
                E("Remote explosive/landmine/IED","CPN-M: Communist Party of Nepal (Maoist)",None,"@saturday",L("Rolpa","NP","Mid-Western",2),0,"blew up a bridge")],
"note-A-0120": [E("Attack","Unidentified Armed Group (Haiti)","Civilians (Haiti)","@tuesday",L("Port-au-Prince","HT","Ouest",1),5,"shot dead at least five residents")],
"note-A-0130": [E("Sexual violence","Rapid Support Forces","Civilians (Sudan)","2023-10-15",L("Ardamata","SD","West Darfur",1),None,"raping at least 5 women")],
"note-A-0140": [E("Agreement","Government of Yemen","Ansar Allah (Houthis)","2025-11-03",L("Sanaa","YE","Amanat al Asimah",1),None,"exchanged 240 prisoners")],
"note-A-0150": [E("Shelling/artillery/missile attack","Military Forces of Israel",None,"@thursday",L("Khiam","LB","Nabatieh",2),0,"shelled"),
                E("Air/drone strike","Military Forces of Israel","Hezbollah","@thursday",L("Bint Jbeil","LB","Nabatieh",2),2,"drone strike")],
"note-A-0160": [E("Armed clash","Military Forces of Ukraine","DPR: Donetsk People's Republic","2015-06-28",L("Shyrokyne","UA","Donetsk",2),2,"exchanged mortar and small arms fire")],
"note-A-0170": [E("Non-violent transfer of territory","M23: March 23 Movement","Military Forces of DR Congo","@thursday",L("Kitshanga","CD","North Kivu",1),None,"took over the town of Kitshanga")],
"note-A-0180": [E("Violent demonstration","Rioters (Tunisia)","Police Forces of Tunisia","@monday",L("Kasserine","TN","Kasserine",1),None,"threw petrol bombs"),
                E("Arrests","Police Forces of Tunisia","Rioters (Tunisia)","@tuesday",L("Kasserine","TN","Kasserine",1),None,"arrested 25 people")],
"note-A-0190": [E("Mob violence","Rioters (Bolivia)","Civilians (Bolivia)","2025-09-14",L("Achacachi","BO","La Paz",1),2,"lynched")],
"note-A-0200": [E("Mob violence","Rioters (Ivory Coast)","Rioters (Ivory Coast)","@sunday",L("Daoukro","CI","Lacs",1),3,"fought with machetes and clubs")],
"note-A-0210": [E("Shelling/artillery/missile attack","Military Forces of Turkey","YPG: People's Protection Units","2018-01-03",L("Afrin","SY","Aleppo",2),None,"fired artillery shells"),
                E("Air/drone strike","Military Forces of Turkey","YPG: People's Protection Units","2018-01-03",L("Jinderes","SY","Aleppo",2),2,"drone struck")],
"note-A-0220": [E("Other","Military Forces of Burkina Faso",None,"2021-06-14",L("Est","BF","Est",3),None,"banned the movement",plover="COERCE")],
"note-A-0230": [E("Change to group/activity","Southern Liberation Army",None,"@sunday",L("Daraa","SY","Daraa",3),None,"would merge")],
"note-A-0240": [E("Peaceful protest","Protesters (Argentina)",None,"@wednesday",L("Argentina","AR",None,4),None,"blocked highways")],
"note-A-0250": [],
"note-A-0260": [E("Armed clash","Al Shabaab","Jubaland Security Forces","@saturday",L("Afmadow","SO","Lower Juba",2),23,"attacked"),
                E("Suicide bomb","Unidentified Armed Group (Somalia)","Civilians (Somalia)","2019-07",L("Kismayo","SO","Lower Juba",1),26,"a suicide car bomb",bg=True)],
}

errs = []; out = []
texts = [json.loads(l) for l in open(OUT + "/texts-A.jsonl", encoding="utf-8")]
for r in texts:
    nid, pub, text = r["id"], r["published"], r["text"]
    if nid not in C: errs.append((nid, "not coded")); continue
    evs = []
    for e in C[nid]:
        sub = e["sub"]; assert sub in TYPES, sub
        ci = find_nth(text, e["trig"], e["occ"])
        if ci < 0: errs.append((nid, "trigger", e["trig"])); continue
        s = len(text[:ci].encode("utf-8")); t = s + len(e["trig"].encode("utf-8"))
        assert text.encode("utf-8")[s:t].decode("utf-8") == e["trig"]
        evs.append({"event_type": TYPES[sub], "sub_event_type": sub,
            "plover": e["plover"] or DEFAULT_PLOVER.get(sub, "ASSAULT"), "modality": e["mod"],
            "actor1": e["a1"], "actor2": e["a2"], "date": resolve_date(e["date"], pub),
            "location": e["loc"], "fatalities": e["fat"], "background": e["bg"],
            "evidence": {"start": s, "end": t, "text": e["trig"]}})
    out.append({"id": nid, "source_file": "annotator-written",
        "license": "CC0-1.0 (written for tidings training by an annotator)",
        "style": "acled-note" if text.startswith("On ") else "wire",
        "published": pub, "text": text, "events": evs})
extra = set(C) - {r["id"] for r in texts}
if extra: errs.append(("coded but not in texts-A", sorted(extra)))
with open(OUT + "/double-B-codes-A.jsonl", "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("coded", len(out), "events", sum(len(r["events"]) for r in out), "negatives", sum(1 for r in out if not r["events"]))
if errs: print("ERRORS", errs); sys.exit(1)
