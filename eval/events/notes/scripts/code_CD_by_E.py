#!/usr/bin/env python3
"""Blind double-coding of texts-C.jsonl and texts-D.jsonl by annotator E.

Each event is written as a tuple; evidence is (trigger phrase, occurrence index, 1-based)
and converted to UTF-8 byte offsets here. Writes double-E-codes-C.jsonl and
double-E-codes-D.jsonl next to this script after validation.
"""
import json, os, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

SUBTYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
SUB2TYPE = {s: t for t, subs in SUBTYPES.items() for s in subs}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}


def L(name, country, admin1, precision):
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def ev(sub, plover, modality, a1, a2, date, loc, fat, trig, occ=1, bg=False):
    return dict(sub=sub, plover=plover, modality=modality, actor1=a1, actor2=a2, date=date,
                location=loc, fatalities=fat, background=bg, trig=trig, occ=occ)


KABUL = L("Kabul", "AF", "Kabul", 1)

CODES = {
    # ---------------- set C ----------------
    "note-C-0010": [
        ev("Suicide bomb", "ASSAULT", "occurred", "Taliban", "Police Forces of Afghanistan",
           "2016-06-30", KABUL, 9, "blew himself up"),
        ev("Remote explosive/landmine/IED", "ASSAULT", "occurred", "Unidentified Armed Group (Afghanistan)", None,
           "2016-04", KABUL, None, "a truck bomb struck a security agency building", bg=True),
    ],
    "note-C-0020": [
        ev("Remote explosive/landmine/IED", "ASSAULT", "occurred", "Unidentified Armed Group (Pakistan)",
           "Civilians (Pakistan)", "2009-05-01", L("Peshawar", "PK", "Khyber Pakhtunkhwa", 1), 7,
           "was detonated by remote control"),
    ],
    "note-C-0030": [
        ev("Arrests", "COERCE", "occurred", "Police Forces of Germany", "Sturmbund Weser",
           "2019-03-15", L("Germany", "DE", None, 4), None, "arrested four men"),
        ev("Disrupted weapons use", "COERCE", "foiled", "Police Forces of Germany", "Sturmbund Weser",
           "2019-03-15", L("Minden", "DE", "North Rhine-Westphalia", 1), None,
           "seized firearms, ammunition and chemicals"),
    ],
    "note-C-0040": [
        ev("Armed clash", "ASSAULT", "occurred", "Military Forces of Rwanda", "Rwandan Patriotic Front",
           "1994-04-11", L("Kigali", "RW", "Kigali", 1), None, "fought with mortars and machineguns"),
        ev("Shelling/artillery/missile attack", "ASSAULT", "occurred", "Unidentified Armed Group (Rwanda)",
           "Government of Rwanda", "1994-04-06", L("Rwanda", "RW", None, 4), None,
           "the president 's plane was shot down", bg=True),
    ],
    "note-C-0050": [
        ev("Disrupted weapons use", "COERCE", "foiled", "Military Forces of India", None,
           "2019-08-14", L("Pattan", "IN", "Jammu and Kashmir", 2), None, "defused an IED"),
    ],
    "note-C-0060": [
        ev("Peaceful protest", "PROTEST", "occurred", "Protesters (Thailand)", None,
           "2013-11-24", L("Bangkok", "TH", "Bangkok", 1), None, "occupied the Finance Ministry compound"),
    ],
    "note-C-0070": [
        ev("Abduction/forced disappearance", "ASSAULT", "occurred", "Pirates (Somalia)", "Civilians (Somalia)",
           "2011-09-04", L("Hobyo", "SO", "Mudug", 2), None, "hijacked a fishing dhow"),
    ],
    "note-C-0080": [
        ev("Peaceful protest", "PROTEST", "occurred", "Protesters (India)", None,
           "2023-05-03", L("Churachandpur", "IN", "Manipur", 2), None, "a tribal solidarity march"),
        ev("Mob violence", "ASSAULT", "occurred", "Rioters (India)", "Civilians (India)",
           "2023-05-03", L("Torbung", "IN", "Manipur", 1), 5, "Mobs armed with sticks and machetes attacked houses"),
        ev("Mob violence", "ASSAULT", "occurred", "Rioters (India)", "Civilians (India)",
           "2023-05-04", L("Imphal", "IN", "Manipur", 1), 5, "crowds torched vehicles and attacked homes"),
    ],
    "note-C-0090": [
        ev("Violent demonstration", "PROTEST", "occurred", "Rioters (Haiti)", "Police Forces of Haiti",
           "2016-12-12", L("Port-au-Prince", "HT", "Ouest", 1), None, "threw stones at a polling office"),
    ],
    "note-C-0100": [
        ev("Armed clash", "ASSAULT", "occurred", "Military Forces of Indonesia",
           "TPNPB: West Papua National Liberation Army", "2022-10-13",
           L("Sugapa", "ID", "Central Papua", 1), None, "exchanged fire"),
    ],
    "note-C-0110": [],
    "note-C-0120": [
        ev("Violent demonstration", "PROTEST", "occurred", "Rioters (United States)", "Rioters (United States)",
           "2017-08-12", L("Charlottesville", "US", "Virginia", 1), None,
           "fought with fists, sticks and pepper spray"),
    ],
    "note-C-0130": [
        ev("Suicide bomb", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
           "2017-06-25", L("Dalori", "NG", "Borno", 2), 9, "blew themselves up"),
    ],
    "note-C-0140": [
        ev("Looting/property destruction", "COERCE", "occurred", "Unidentified Armed Group (Czech Republic)",
           "Civilians (Czech Republic)", "2001-07-07", L("Pardubice", "CZ", "Pardubice Region", 1), 0,
           "set fire to the offices"),
    ],
    "note-C-0150": [
        ev("Shelling/artillery/missile attack", "ASSAULT", "occurred", "Houthi Forces", "Civilians (Saudi Arabia)",
           "2018-08-10", L("Jizan", "SA", "Jazan", 1), 1, "fired a ballistic missile"),
    ],
    "note-C-0160": [
        ev("Attack", "ASSAULT", "occurred", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
           "2019-11-04", L("Bavispe", "MX", "Sonora", 2), 9, "ambushed three vehicles"),
    ],
    "note-C-0170": [],
    "note-C-0180": [
        ev("Change to group/activity", "RETREAT", "occurred", "ETA", None,
           "2004-04-01", L("Catalonia", "ES", "Catalonia", 3), None,
           "announced it had dissolved its Barcelona cell"),
    ],
    "note-C-0190": [
        ev("Arrests", "COERCE", "occurred", "Police Forces of Zambia", "Civilians (Zambia)",
           "2024-09-12", L("Chipata", "ZM", "Eastern", 1), None, "arrested an opposition MP"),
    ],
    "note-C-0200": [
        ev("Excessive force against protesters", "PROTEST", "occurred", "Protesters (Chad)", "Police Forces of Chad",
           "2021-04-27", L("N'Djamena", "TD", "N'Djamena", 1), 2, "two protesters were shot dead"),
    ],
    "note-C-0210": [
        ev("Peaceful protest", "PROTEST", "occurred", "Protesters (France)", None,
           "2023-07-01", L("Nanterre", "FR", "Ile-de-France", 1), 0, "held a silent march"),
    ],
    "note-C-0220": [],
    "note-C-0230": [],
    "note-C-0240": [],
    "note-C-0250": [
        ev("Excessive force against protesters", "PROTEST", "occurred", "Protesters (Nicaragua)",
           "Police Forces of Nicaragua", "2018-07-17", L("Masaya", "NI", "Masaya", 1), 2,
           "retook the Monimbó neighbourhood"),
    ],
    "note-C-0260": [
        ev("Suicide bomb", "ASSAULT", "occurred", "Jaish-e-Mohammed", "Police Forces of India",
           "2019-02-14", L("Lethpora", "IN", "Jammu and Kashmir", 2), 40,
           "rammed a vehicle packed with explosives into a bus"),
        ev("Mob violence", "ASSAULT", "occurred", "Rioters (India)", "Civilians (India)",
           "2019-02-15", L("Jammu", "IN", "Jammu and Kashmir", 1), None,
           "mobs set fire to vehicles belonging to Kashmiri Muslims"),
    ],
    "note-C-0270": [
        ev("Remote explosive/landmine/IED", "ASSAULT", "occurred", "Unidentified Armed Group (Kenya)",
           "Civilians (Kenya)", "1998-08-07", L("Nairobi", "KE", "Nairobi", 1), 60, "A huge bomb exploded"),
        ev("Remote explosive/landmine/IED", "ASSAULT", "occurred", "Unidentified Armed Group (Tanzania)",
           "Civilians (Tanzania)", "1998-08-07", L("Dar es Salaam", "TZ", "Dar es Salaam", 1), 6,
           "a bomb exploded outside the U.S. embassy in Dar es Salaam"),
    ],
    "note-C-0280": [
        ev("Violent demonstration", "PROTEST", "occurred", "Rioters (Moldova)", "Police Forces of Moldova",
           "2009-04-07", L("Chisinau", "MD", "Chisinau Municipality", 1), None, "stormed the parliament"),
    ],
    "note-C-0290": [
        ev("Arrests", "COERCE", "occurred", "Police Forces of Germany", "Reichsbuerger Movement",
           "2022-12-07", L("Germany", "DE", None, 4), None, "arrested 25 members and supporters"),
        ev("Arrests", "COERCE", "occurred", "Police Forces of Germany", "Reichsbuerger Movement",
           "2022-12-07", L("Frankfurt am Main", "DE", "Hesse", 1), None, "Reuss was detained at his home there"),
    ],
    "note-C-0300": [],
    # ---------------- set D ----------------
    "note-D-0010": [
        ev("Mob violence", "ASSAULT", "occurred", "Rioters (India)", "Civilians (India)",
           "2018-03-08", L("Ramgarh", "IN", "Jharkhand", 1), 1, "a mob lynched a man"),
    ],
    "note-D-0020": [
        ev("Sexual violence", "ASSAULT", "occurred", "Military Forces of Myanmar", "Civilians (Myanmar)",
           "2024-01-20", L("Kyauk Sin", "MM", "Sagaing", 1), None, "raped two women"),
    ],
    "note-D-0030": [
        ev("Excessive force against protesters", "PROTEST", "occurred", "Protesters (Nigeria)",
           "Military Forces of Nigeria", "2020-10-21", L("Oyigbo", "NG", "Rivers", 1), 5,
           "opened fire on #EndSARS protesters"),
    ],
    "note-D-0040": [
        ev("Arrests", "COERCE", "occurred", "Military Forces of Myanmar", "Government of Myanmar",
           "2021-02-03", L("Loikaw", "MM", "Kayah", 1), None, "detained the chief minister of Kayah state"),
        ev("Other", "COERCE", "occurred", "Military Forces of Myanmar", "Civilians (Myanmar)",
           "2021-02-03", L("Loikaw", "MM", "Kayah", 1), None, "declared a night-time curfew"),
    ],
    "note-D-0050": [
        ev("Shelling/artillery/missile attack", "ASSAULT", "occurred", "Military Forces of Russia", None,
           "2023-02-03", L("Ladyzhyn", "UA", "Vinnytsia", 1), 0, "hit an energy facility"),
        ev("Shelling/artillery/missile attack", "ASSAULT", "occurred", "Military Forces of Russia",
           "Civilians (Ukraine)", "2023-02-03", L("Zaporizhzhia", "UA", "Zaporizhzhia", 1), 6,
           "a crossroads in central Zaporizhzhia"),
    ],
    "note-D-0060": [
        ev("Air/drone strike", "ASSAULT", "occurred", "Military Forces of Russia", "Military Forces of Ukraine",
           "2022-08-27", L("Bakhmut", "UA", "Donetsk", 2), 1, "dropped a grenade"),
    ],
    "note-D-0070": [
        ev("Peaceful protest", "PROTEST", "occurred", "Protesters (Egypt)", None,
           "2013-07-02", L("Tanta", "EG", "Gharbia", 1), 0, "demonstrated peacefully"),
        ev("Peaceful protest", "PROTEST", "occurred", "Protesters (Egypt)", None,
           "2013-07-02", L("Tanta", "EG", "Gharbia", 1), 0, "a smaller rally of his supporters"),
    ],
    "note-D-0080": [
        ev("Abduction/forced disappearance", "ASSAULT", "occurred", "Intelligence Services of Venezuela",
           "Civilians (Venezuela)", "2019-01-20", L("Barquisimeto", "VE", "Lara", 1), None,
           "detained a journalist"),
    ],
    "note-D-0090": [],
    "note-D-0100": [
        ev("Chemical weapon", "ASSAULT", "claimed", "Military Forces of Russia", "Military Forces of Ukraine",
           "2023-06-19", L("Kreminna", "UA", "Luhansk", 2), None,
           "dropping grenades containing a toxic irritant"),
    ],
    "note-D-0110": [
        ev("Agreement", "AGREE", "occurred", "Government of Colombia", "FARC: Revolutionary Armed Forces of Colombia",
           "2016-06-23", L("Colombia", "CO", None, 4), None, "agreed on a bilateral ceasefire"),
    ],
    "note-D-0120": [
        ev("Attack", "ASSAULT", "occurred", "Sinaloa Cartel", "Civilians (Mexico)",
           "2025-06-07", L("Tamazula", "MX", "Durango", 2), 4, "gunmen killed 4 members of a family"),
    ],
    "note-D-0130": [
        ev("Air/drone strike", "ASSAULT", "occurred", "Military Forces of Turkey", "SDF: Syrian Democratic Forces",
           "2019-12-01", L("Qamishli", "SY", "Al-Hasakah", 2), 2, "a Turkish drone hit a car"),
    ],
    "note-D-0140": [
        ev("Excessive force against protesters", "PROTEST", "occurred", "Protesters (Myanmar)",
           "Military Forces of Myanmar", "2021-03-27", L("Monywa", "MM", "Sagaing", 1), 8,
           "fired on anti-coup demonstrators"),
    ],
    "note-D-0150": [
        ev("Excessive force against protesters", "PROTEST", "occurred", "Protesters (Serbia)", "Police Forces of Serbia",
           "2025-02-09", L("Novi Sad", "RS", "Vojvodina", 1), None, "Police beat students holding a vigil"),
    ],
    "note-D-0160": [
        ev("Suicide bomb", "ASSAULT", "occurred", "Unidentified Armed Group (Afghanistan)",
           "Private Security Forces (Afghanistan)", "2013-11-18", KABUL, 4, "blew himself up"),
    ],
    "note-D-0170": [
        ev("Remote explosive/landmine/IED", "ASSAULT", "claimed", "Unidentified Armed Group (Nigeria)", None,
           "2011-07-18", L("Oron", "NG", "Akwa Ibom", 2), 0, "damaged by explosives"),
    ],
    "note-D-0180": [
        ev("Disrupted weapons use", "COERCE", "foiled", "Saudi-led Coalition", "Houthi Forces",
           "2016-05-10", L("Mokha", "YE", "Taiz", 2), None, "was intercepted by coalition ships"),
    ],
    "note-D-0190": [
        ev("Looting/property destruction", "COERCE", "occurred", "Anti-Balaka", "Civilians (Central African Republic)",
           "2018-04-03", L("Bambouti", "CF", "Haut-Mbomou", 1), 0, "looted the health centre and pharmacy"),
    ],
    "note-D-0200": [
        ev("Looting/property destruction", "COERCE", "occurred", "Military Forces of Sudan", "Civilians (Sudan)",
           "2025-09-16", L("El Obeid", "SD", "North Kordofan", 1), 0, "looted shops"),
        ev("Government regains territory", "ASSAULT", "occurred", "Military Forces of Sudan", None,
           "2025-09", L("El Obeid", "SD", "North Kordofan", 2), None, "recapturing a nearby village"),
    ],
    "note-D-0210": [
        ev("Change to group/activity", "RETREAT", "occurred", "FARC Dissidents", None,
           "2023-08-28", L("Guaviare", "CO", "Guaviare", 3), None, "suspending offensive operations"),
    ],
    "note-D-0220": [
        ev("Other", "COERCE", "occurred", "Syrian National Army", "Civilians (Syria)",
           "2019-10-13", L("Tel Abyad", "SY", "Ar-Raqqa", 1), None, "announced a curfew"),
    ],
    "note-D-0230": [],
    "note-D-0240": [
        ev("Chemical weapon", "ASSAULT", "occurred", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
           "2023-05-08", L("Sar-e Pul", "AF", "Sar-e Pol", 1), 0, "sprayed a toxic substance"),
    ],
    "note-D-0250": [
        ev("Non-violent transfer of territory", "COERCE", "occurred", "M23: March 23 Movement",
           "Military Forces of the Democratic Republic of Congo", "2025-03-25",
           L("Walikale", "CD", "North Kivu", 1), None, "took control of Walikale"),
        ev("Headquarters or base established", "MOBILIZE", "occurred", "M23: March 23 Movement", None,
           "2025-03-26", L("Walikale", "CD", "North Kivu", 1), None, "opened a new administrative office"),
    ],
    "note-D-0260": [
        ev("Agreement", "AGREE", "occurred", "Government of National Accord", "Libyan National Army",
           "2020-10-16", L("Ghadames", "LY", "Nalut", 1), None, "agreed in Ghadames (Nalut) to exchange prisoners"),
    ],
    "note-D-0270": [
        ev("Non-violent transfer of territory", "RETREAT", "occurred", "MINUSCA: United Nations Multidimensional "
           "Integrated Stabilization Mission in the Central African Republic",
           "Military Forces of the Central African Republic", "2015-09-07",
           L("Bouar", "CF", "Nana-Mambere", 1), None, "handed over a camp"),
    ],
    "note-D-0280": [
        ev("Protest with intervention", "PROTEST", "occurred", "Protesters (Zambia)", "Police Forces of Zambia",
           "2016-11-15", L("Mansa", "ZM", "Luapula", 1), None, "demonstrated against power cuts"),
        ev("Violent demonstration", "PROTEST", "occurred", "Rioters (Zambia)", "Civilians (Zambia)",
           "2016-11-16", L("Mansa", "ZM", "Luapula", 1), None, "the protest turned violent"),
    ],
    "note-D-0290": [
        ev("Mob violence", "ASSAULT", "occurred", "Rioters (Nigeria)", "Civilians (Nigeria)",
           "2021-06-21", L("Mafa", "NG", "Borno", 1), 1, "lynched a man"),
        ev("Remote explosive/landmine/IED", "ASSAULT", "occurred", "Unidentified Armed Group (Nigeria)",
           "Civilians (Nigeria)", "2021-06-21", L("Mafa", "NG", "Borno", 2), 4, "a bus hit an IED"),
    ],
    "note-D-0300": [
        ev("Air/drone strike", "ASSAULT", "occurred", "Military Forces of Russia", "Civilians (Ukraine)",
           "2022-05-17", L("Ruska Lozova", "UA", "Kharkiv", 1), None, "dropped a grenade on a car"),
        ev("Shelling/artillery/missile attack", "ASSAULT", "occurred", "Military Forces of Russia",
           "Civilians (Ukraine)", "2022-05-17", L("Derhachi", "UA", "Kharkiv", 1), 1, "shelled Derhachi"),
        ev("Air/drone strike", "ASSAULT", "occurred", "Military Forces of Ukraine", "Military Forces of Russia",
           "2022-05-17", L("Ternova", "UA", "Kharkiv", 2), None, "dropped 2 grenades"),
    ],
    "note-D-0310": [
        ev("Looting/property destruction", "COERCE", "occurred", "Military Forces of Myanmar", "Civilians (Myanmar)",
           "2021-10-12", L("Falam", "MM", "Chin", 1), None, "burned around 30 houses"),
        ev("Armed clash", "ASSAULT", "occurred", "Military Forces of Myanmar", "Unidentified Armed Group (Myanmar)",
           "2021-10", L("Falam", "MM", "Chin", 2), None, "a clash nearby"),
    ],
    "note-D-0320": [],
}


def byte_span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0:
            raise ValueError("trigger %r occurrence %d not found" % (trig, occ))
    start = len(text[:i].encode("utf-8"))
    return start, start + len(trig.encode("utf-8"))


def build(letter):
    src = os.path.join(HERE, "texts-%s.jsonl" % letter)
    out = os.path.join(HERE, "double-E-codes-%s.jsonl" % letter)
    docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    ids = [d["id"] for d in docs]
    mine = sorted(k for k in CODES if k.startswith("note-%s-" % letter))
    assert sorted(ids) == mine, ("id mismatch", set(ids) ^ set(mine))
    assert len(set(ids)) == len(ids)
    n_ev = 0
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            text = d["text"]
            events = []
            for e in CODES[d["id"]]:
                sub = e["sub"]
                assert sub in SUB2TYPE, sub
                assert e["plover"] in PLOVER, e["plover"]
                assert e["modality"] in MODALITIES, e["modality"]
                loc = e["location"]
                if loc is not None:
                    assert loc["precision"] in (1, 2, 3, 4) and len(loc["country"]) == 2
                assert e["fatalities"] is None or (isinstance(e["fatalities"], int) and e["fatalities"] >= 0)
                assert e["date"] is None or len(e["date"]) in (7, 10)
                s, t = byte_span(text, e["trig"], e["occ"])
                assert text.encode("utf-8")[s:t].decode("utf-8") == e["trig"]
                events.append({
                    "event_type": SUB2TYPE[sub], "sub_event_type": sub, "plover": e["plover"],
                    "modality": e["modality"], "actor1": e["actor1"], "actor2": e["actor2"],
                    "date": e["date"], "location": loc, "fatalities": e["fatalities"],
                    "background": e["background"],
                    "evidence": {"start": s, "end": t, "text": e["trig"]},
                })
            n_ev += len(events)
            rec = {"id": d["id"], "published": d["published"], "text": text, "events": events}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # round-trip check of the written file
    for l, d in zip(open(out, encoding="utf-8"), docs):
        r = json.loads(l)
        assert r["id"] == d["id"] and r["text"] == d["text"] and r["published"] == d["published"]
        for e in r["events"]:
            ev_ = e["evidence"]
            assert r["text"].encode("utf-8")[ev_["start"]:ev_["end"]].decode("utf-8") == ev_["text"]
    neg = sum(1 for d in docs if not CODES[d["id"]])
    print("%s: %d texts, %d events, %d texts with no event -> %s" % (letter, len(docs), n_ev, neg, out))


if __name__ == "__main__":
    build("C")
    build("D")
