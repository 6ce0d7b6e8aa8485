#!/usr/bin/env python3
"""Builds eval/ner/gold.jsonl, our hand-annotated NER gold set, from the annotations below.

Each document's annotation was written by reading its text (examples/news.jsonl and
examples/fsb-kaluga-isk.txt) and following shared/CODING_GUIDE.md "Entities" plus the
rules in eval/ner/README.md; nothing here was copied from any tool's output. An entry
"surface|LABEL" marks every whole-word, case-sensitive occurrence of the surface;
"surface|LABEL|N" only its N-th occurrence (1-based); "surface|-" blocks a surface (so a
shorter entry does not match inside it). Longer surfaces are placed first and names never
overlap. Offsets in the output are UTF-8 byte offsets. Run: python3 eval/ner/build_gold.py
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

ANNOTATIONS = {
"fsb-kaluga-isk": """
Russia|GPE
Russian Federation|GPE
Federal Security Service|ORG
FSB|ORG
Moscow|GPE
Islamic State-Khorasan|ORG
IS-K|ORG
Kaluga oblasts|GPE
Kaluga Oblast|GPE
Jewish|NORP
Penal Code|MISC
Article 30 (2)|MISC
Article 205 (2)|MISC
Kazakhstan|GPE
Committee for National Security|ORG
KNB|ORG
Kazakh|NORP
South Asia|LOC
Central Asia|LOC
Afghanistan|GPE
Pakistan|GPE
Tajikistan|GPE
India|GPE
Sri Lanka|GPE
Maldives|GPE
Bangladesh|GPE
China|GPE
Myanmar|GPE
Taliban|ORG
Hafiz Saeed Khan|PER
Abdul Rauf Aliza|PER
Abdullah Orokzai|PER
US|GPE
""",
"centcom-death-of-abu-jandal-al-kuwaiti": """
Abu Jandal al-Kuwaiti|PER
Abu Jandal|PER
ISIL|ORG
Raqqah|GPE
Tabqa Dam|FAC
Tabqa|GPE
Syria|GPE
War Committee|ORG
Palmyra|GPE
Syrian Democratic Forces|ORG
SDF|ORG
War Council|ORG
West|LOC
""",
"centcom-coalition-strikes-mosul-hospital": """
Iraqi Security Forces|ORG
Al Salem|FAC
ISIL|ORG
East Mosul|GPE
ISF|ORG
Iraqi|NORP
Coalition|ORG
Law of Armed Conflict|MISC
Iraq|GPE
""",
"centcom-airstrikes-destroy-isil-tanks-palmyra": """
Coalition|ORG
CJTF-OIR|ORG
ISIL|ORG
Palmyra|GPE
Syria|GPE
Tiyas Military Airfield|FAC
Stephen J. Townsend|PER
John “J.D.” Dorrian|PER
""",
"centcom-airstrikes-syria-iraq-jan-9": """
Coalition|ORG
ISIL|ORG
Syria|GPE
Iraq|GPE
Al Shadaddi|GPE
Ar Raqqah|GPE
Ayn Isa|GPE
Dayr Az Zawr|GPE
Palmyra|GPE
Al Huwayjah|GPE
Bayji|GPE
Mosul|GPE
Rawah|GPE
Sinjar|GPE
CJTF-OIR|ORG
CJTF|ORG
Greenwich Mean Time|-
Operation Inherent Resolve|MISC
Australia|GPE
Belgium|GPE
Canada|GPE
Denmark|GPE
France|GPE
Jordan|GPE
Netherlands|GPE
United Kingdom|GPE
United States|GPE
Bahrain|GPE
Saudi Arabia|GPE
Turkey|GPE
United Arab Emirates|GPE
""",
"centcom-us-airstrikes-al-qaida-idlib": """
U.S.|GPE
al-Qaida|ORG
Al-Qaida|ORG
Syria|GPE
Idlib province|GPE
Pentagon|ORG
Peter Cook|PER
Cook|PER
Sarmada|GPE
United States|GPE
Islamic State of Iraq and the Levant|ORG
Iraq|GPE
Iraqi|NORP
Mosul|GPE
ISF|ORG
ISIL|ORG
Syrian|NORP
Raqqah|GPE
SDF|ORG
Tabqa Dam|FAC
""",
"centcom-service-member-killed-ied-syria": """
Defense Department|ORG
American|NORP
Syria|GPE
Operation Inherent Resolve - Targeted Operations Against ISIL Terrorists|-
Operation Inherent Resolve|MISC
ISIL|ORG
Scott C. Dayton|PER
Woodbridge|GPE
Virginia Beach|GPE
Virginia|GPE
DoD|ORG
Dayton|PER
Explosive Ordnance Disposal Mobile Unit Two|ORG
Ash Carter|PER
Carter|PER
Ayn Issa|GPE
Combined Joint Task Force - Operation Inherent Resolve|ORG
Stephen J. Townsend|PER
""",
"centcom-sdf-raqqah-isolation-next-phase": """
Syrian Democratic Forces|ORG
ISIL|ORG
Raqqah|GPE
SDF|ORG
Arabs|NORP
Coalition|ORG
Arab|NORP
Syrian Arab Coalition|ORG
Syrian|NORP
SAC|ORG
Syria|GPE
""",
"centcom-keating-killed-northern-iraq": """
Joseph L. Votel|PER
U.S. Central Command|ORG
Charles H. Keating IV|PER
Keating|PER
Iraq|GPE
Kurdish|NORP
Operation Inherent Resolve|MISC
ISIL|ORG
""",
"state-attacks-iraq-funeral-tent": """
United States|GPE
Iraq|GPE
Baghdad|GPE
Daesh|ORG
Coalition|ORG
Iraqi|NORP
""",
"state-attacks-baghdad-market-diyala": """
United States|GPE
ISIL|ORG
Baghdad|GPE
Diyala Province|GPE
Iraqi|NORP
Iraqis|NORP
Al-Abadi|PER
Iraqi Security Forces|ORG
Government of Iraq|ORG
""",
"state-rocket-attack-camp-hurriya": """
United States|GPE
Camp Hurriya|FAC
Iraqi|NORP
Government of Iraq|ORG
United Nations|ORG
UN High Commissioner for Refugees|ORG
Iraq|GPE
Department|ORG
MEK|ORG
""",
"state-suicide-attacks-hasaka": """
United States|GPE
ISIL|ORG
Tel Tamer|GPE
Hasaka Province|GPE
Syrian|NORP
Syria|GPE
Iraq|GPE
""",
"state-attacks-baghdad-najaf": """
Baghdad|GPE
Najaf|GPE
Dae’sh|ORG
Da’esh|ORG
Al-Sinek|GPE
U.S.|GPE
Iraq|GPE
Global Coalition|ORG
""",
"state-daesh-attacks-jabla-tartus": """
United States|GPE
Jabla|GPE
Latakia|GPE
Tartus|GPE
Da’esh|ORG
Syrians|NORP
Asad|PER
Aleppo|GPE
Daraya|GPE
Cessation of Hostilities|MISC
UN Security Council Resolution 2254|MISC
Kerry|PER
Russian|NORP
Lavrov|PER
Damascus|GPE
Russia|GPE
UN|ORG
""",
"dod-liberation-of-dabiq": """
Syrian|NORP
Dabiq|GPE
ISIL|ORG
Turkey|GPE
Syria|GPE
Syrians|NORP
""",
"ukgov-attack-karrada-baghdad": """
Middle East|LOC
Tobias Ellwood|PER
Karrada|GPE
Baghdad|GPE
Foreign Office|ORG
Daesh|ORG
Eid|MISC
Ramadan|MISC
UK|GPE
Iraq|GPE
""",
"ukgov-syria-barrel-bomb-attacks": """
Philip Hammond|PER
Syria|GPE
Assad|PER
Syrian|NORP
""",
"ukgov-isil-kills-70-tribesmen-anbar": """
UN|ORG
ISIL|ORG
Al bu Nimr|NORP
Al Bu Nimr|NORP
Anbar province|GPE
Anbar|GPE
Iraq|GPE
Middle East|LOC
Tobias Ellwood|PER
Islam|MISC
Sunnis|NORP
Global Coalition|ORG
Syria|GPE
""",
"ukgov-attack-al-hilla": """
Middle East|LOC
Tobias Ellwood|PER
al-Hilla|GPE
Iraq|GPE
Daesh|ORG
UK|GPE
""",
"ukgov-syria-aid-convoy-attack": """
Boris Johnson|PER
UN Board of Inquiry|ORG
Board of Inquiry|ORG
Urem al-Kubra|GPE
Syria|GPE
Asad|PER
Russia|GPE
Syrians|NORP
UN Security Council Resolution 2328|MISC
UN|ORG
""",
"ukgov-iraqi-forces-retake-tikrit": """
Tobias Ellwood|PER
Ellwood|PER
Government of Iraq|ORG
Tikrit|GPE
UK|GPE
Iraq|GPE
ISIL|ORG
Iraqi Security Forces|ORG
Iraqi|NORP
Abadi|PER
""",
"wikievents-road_ied_12": """
KANDAHAR|GPE
Afghanistan|GPE
Xinhua|ORG
Taliban|ORG
Kandahar province|GPE
Arghandab district|GPE
Shah Wali Kot district|GPE
""",
"wikievents-suicide_ied_114": """
Taliban|ORG
Camp Shorabak|FAC
Helmand Province|GPE
Afghanistan|GPE
Afghan|NORP
""",
"wikievents-suicide_ied_100": """
Charikar|GPE
Kabul Green Zone|LOC
Kabul|GPE
Afghanistan|GPE
Ashraf Ghani|PER
Ghani|PER
US|GPE
Taliban|ORG
Afghan|NORP
Massoud Square|FAC
NATO|ORG
""",
"wikievents-scenario_en_113": """
Venezuelan|NORP
Tarek William Saab|PER
Saab|PER
Nicolás Maduro|PER
Nicolas Maduro|PER
Maduro|PER
Public Prosecutor's office|ORG
Interpol|ORG
Juan Requesens|PER
Pedro Zambrano|PER
Bolivarian National Guard|ORG
GNB|ORG
Alejandro Pérez|PER
Brayan Oropeza|PER
Luis Guerra|PER
Yanin Pernía|PER
José Blanco|PER
Hector Armando Hernández Da Costa|PER
Venezuela|GPE
Caracas|GPE
Colombian|NORP
Juan Manuel Santos|PER
United States|GPE
FBI|ORG
Florida|GPE
Bolivarian National Armed Forces|ORG
FANB|ORG
""",
"wikievents-road_ied_8": """
Deir ez-Zor|GPE
Euphrates River|LOC
Euphrates|LOC
Russia|GPE
Syria|GPE
Defense Ministry|ORG
Al-Monitor|ORG
Vyacheslav Gladkikh|PER
Russian|NORP
Syrian Democratic Forces|ORG
Syrian Observatory for Human Rights|ORG
Syrian|NORP
Tass|ORG
National Defense Forces|ORG
Assad|PER
Islamic State|ORG
Idlib province|GPE
IS|ORG
Badia al-Sukhnah|LOC
Badia al-Sham|LOC
Badia|LOC
US Army|ORG
US|GPE
Iraq|GPE
Coalition|ORG
Myles Caggins III|PER
Iraqi|NORP
Pentagon|ORG
al-Tanf|FAC
""",
"wikievents-wiki_mass_car_bombings_0_news_9": """
Cuba|GPE
Colombia|GPE
Bogota|GPE
National Liberation Army|ORG
ELN|ORG
Havana|GPE
Ivan Duque|PER
Duque|PER
Tolima|GPE
Colombians|NORP
Nicolas Rodriguez|PER
Rodriguez|PER
Cuban|NORP
Interpol|ORG
Juan Manuel Santos|PER
Santos|PER
Revolutionary Armed Forces of Colombia|ORG
FARC|ORG
""",
"wikievents-voa-2014-06-04-1929720": """
BOSTON|GPE
Kyrgyzstan|GPE
Chechen|NORP
Boston Marathon|MISC
Boston|GPE
Khairullozhon Matanov|PER
Matanov|PER
Marianne Bowler|PER
FBI|ORG
Edward Hayden|PER
Hayden|PER
Quincy|GPE
Massachusetts|GPE
Dzhokhar Tsarnaev|PER
Dzhokhar|PER
Tamerlan Tsarnaev|PER
Tamerlan|PER
Timothy McElroy|PER
McElroy|PER
Tsarnaevs|PER
United States|GPE
""",
"wikievents-voa-2016-11-17-3601570": """
New York|GPE
Ahmad Khan Rahimi|PER
Rahimi|PER
Manhattan|GPE
U.S.|GPE
Richard Berman|PER
Berman|PER
Chelsea|GPE
New Jersey|GPE
Elizabeth|GPE
Linden|GPE
Nicholas Lewin|PER
Lewin|PER
West 23rd Street|FAC
West 27th Street|FAC
""",
"wikievents-wiki_drone_strikes_1_news_1": """
MARI YAMAGUCHI|PER
Associated Press|ORG
TOKYO|GPE
AP|ORG
Japanese|NORP
Tokyo|GPE
Yasuo Yamamoto|PER
Yamamoto|PER
Fukui|GPE
Japan|GPE
Shinzo Abe|PER
Abe|PER
NHK|ORG
Fukushima Dai-ichi|FAC
Fukushima|GPE
Obama|GPE
United States|GPE
White House|FAC
""",
}


def normalize(raw):
    """tidings_text::normalize: what the pipeline reads (gold offsets point into it)."""
    raw = raw[1:] if raw.startswith("\ufeff") else raw
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for c in raw:
        if c in "\n\t":
            out.append(c)
        elif c == "\u00a0" or "\u2000" <= c <= "\u200a" or c in "\u202f\u205f\u3000":
            out.append(" ")
        elif c in "\u200b\u200c\u200d\u2060\ufeff":
            pass
        elif unicodedata.category(c) == "Cc":
            pass
        else:
            out.append(c)
    return "".join(out)


def annotate(doc_id, text, spec):
    entries = []
    for line in spec.strip().splitlines():
        parts = line.split("|")
        surface, label = parts[0], parts[1]
        nth = int(parts[2]) if len(parts) > 2 else None
        entries.append((surface, label, nth))
    taken = []  # (start, end) in characters
    out = []
    for surface, label, nth in sorted(entries, key=lambda e: -len(e[0])):
        pattern = r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])"
        hits = [m for m in re.finditer(pattern, text)]
        if not hits:
            sys.exit(f"{doc_id}: {surface!r} not found")
        if nth is not None:
            hits = [hits[nth - 1]]
        for m in hits:
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if label != "-":
                out.append((s, e, label))
    out.sort()
    b = lambda i: len(text[:i].encode("utf-8"))
    return [{"start": b(s), "end": b(e), "label": l, "text": text[s:e]} for s, e, l in out]


def main():
    docs = {}
    with open(os.path.join(ROOT, "examples", "news.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = normalize(d["text"])
    with open(os.path.join(ROOT, "examples", "fsb-kaluga-isk.txt"), encoding="utf-8") as f:
        docs["fsb-kaluga-isk"] = normalize(f.read())
    out_path = os.path.join(ROOT, "eval", "ner", "gold.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        n = 0
        for doc_id, spec in ANNOTATIONS.items():
            ents = annotate(doc_id, docs[doc_id], spec)
            n += len(ents)
            f.write(json.dumps({"id": doc_id, "text": docs[doc_id], "entities": ents}, ensure_ascii=False) + "\n")
    print(f"wrote {out_path}: {len(ANNOTATIONS)} documents, {n} names", file=sys.stderr)


if __name__ == "__main__":
    main()
