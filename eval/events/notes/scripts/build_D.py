#!/usr/bin/env python3
import os as _os
OUT = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..")
"""Annotator D: ACLED-style event notes (fictional), coded with trigger + occurrence index.
Writes notes-D.jsonl and texts-D.jsonl after validation."""
import json, re, sys, collections

TYPES = {
 "Armed clash": "Battles", "Government regains territory": "Battles",
 "Non-state actor overtakes territory": "Battles",
 "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
 "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
 "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
 "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
 "Abduction/forced disappearance": "Violence against civilians",
 "Peaceful protest": "Protests", "Protest with intervention": "Protests",
 "Excessive force against protesters": "Protests",
 "Violent demonstration": "Riots", "Mob violence": "Riots",
 "Agreement": "Strategic developments", "Arrests": "Strategic developments",
 "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
 "Headquarters or base established": "Strategic developments",
 "Looting/property destruction": "Strategic developments",
 "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}
PLOVER = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE",
          "REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}
DEFAULT_PLOVER = {
 "Peaceful protest": "PROTEST", "Protest with intervention": "PROTEST",
 "Excessive force against protesters": "ASSAULT", "Violent demonstration": "PROTEST",
 "Mob violence": "ASSAULT", "Agreement": "AGREE", "Arrests": "COERCE",
 "Change to group/activity": "MOBILIZE", "Disrupted weapons use": "COERCE",
 "Headquarters or base established": "MOBILIZE", "Looting/property destruction": "COERCE",
 "Non-violent transfer of territory": "RETREAT", "Other": "COERCE",
}
MODALITIES = {"occurred","attempted","planned","foiled","threatened","claimed","denied","hypothetical"}

NOTES = []

def L(name, cc, admin1=None, prec=1):
    return {"name": name, "country": cc, "admin1": admin1, "precision": prec}

def E(sub, a1, a2, date, loc, fat, trig, occ=0, mod="occurred", pl=None, bg=False):
    return dict(sub=sub, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ,
                mod=mod, pl=pl or DEFAULT_PLOVER.get(sub, "ASSAULT"), bg=bg)

def N(pub, text, *events):
    NOTES.append((pub, text, list(events)))

def finish():
    out, errors = [], []
    counts = collections.Counter(); neg = 0
    for i, (pub, text, evs) in enumerate(NOTES, 1):
        nid = "note-D-%04d" % i
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            errors.append((nid, "bad published", pub))
        b = text.encode("utf-8")
        events = []
        for e in evs:
            if e["sub"] not in TYPES:
                errors.append((nid, "bad sub-type", e["sub"])); continue
            if e["pl"] not in PLOVER: errors.append((nid, "bad plover", e["pl"]))
            if e["mod"] not in MODALITIES: errors.append((nid, "bad modality", e["mod"]))
            d = e["date"]
            if d is not None:
                if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d): errors.append((nid, "bad date", d))
                elif d > pub[:len(d)]: errors.append((nid, "date after published", d, pub))
            if e["loc"] is not None and e["loc"]["precision"] not in (1,2,3,4):
                errors.append((nid, "bad precision"))
            t = e["trig"].encode("utf-8")
            pos = -1
            for _ in range(e["occ"] + 1):
                pos = b.find(t, pos + 1)
                if pos < 0: break
            if pos < 0:
                errors.append((nid, "trigger not found", e["trig"], e["occ"])); continue
            start, end = pos, pos + len(t)
            assert b[start:end].decode("utf-8") == e["trig"]
            if e["fat"] is not None and (not isinstance(e["fat"], int) or e["fat"] < 0):
                errors.append((nid, "bad fatalities", e["fat"]))
            events.append({"event_type": TYPES[e["sub"]], "sub_event_type": e["sub"], "plover": e["pl"],
                "modality": e["mod"], "actor1": e["a1"], "actor2": e["a2"], "date": d,
                "location": e["loc"], "fatalities": e["fat"], "background": e["bg"],
                "evidence": {"start": start, "end": end, "text": e["trig"]}})
            counts[e["sub"]] += 1
        if not events: neg += 1
        out.append({"id": nid, "source_file": "annotator-written",
            "license": "CC0-1.0 (written for tidings training by an annotator)",
            "style": "acled-note", "published": pub, "text": text, "events": events})
    texts = set()
    for o in out:
        if o["text"] in texts: errors.append((o["id"], "duplicate text"))
        texts.add(o["text"])
    if errors:
        for x in errors: print("ERROR", *x, file=sys.stderr)
        sys.exit(1)
    with open(OUT + "/notes-D.jsonl", "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(OUT + "/texts-D.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            if o["id"].endswith("0"):
                f.write(json.dumps({"id": o["id"], "published": o["published"], "text": o["text"]}, ensure_ascii=False) + "\n")
    print("notes", len(out), "negatives", neg, "events", sum(counts.values()))
    for k in TYPES: print("  %-38s %d" % (k, counts[k]))

# ---------------------------------------------------------------- notes
N("2019-06-17", "On 14 June 2019, Boko Haram fighters and Nigerian troops clashed near Gajiram (Nganzai, Borno). Eleven militants and two soldiers were reportedly killed.",
  E("Armed clash", "Boko Haram", "Military Forces of Nigeria", "2019-06-14", L("Gajiram","NG","Borno",2), 13, "clashed"))
N("2017-09-05", "On 3 September 2017, a suicide bomber detonated an explosive vest inside a Shia mosque in Qala-e-Naw (Badghis), killing at least 9 worshippers. Islamic State Khorasan Province claimed responsibility the next day.",
  E("Suicide bomb", "Islamic State Khorasan Province", "Civilians (Afghanistan)", "2017-09-03", L("Qala-e-Naw","AF","Badghis",1), 9, "detonated an explosive vest"))
N("2020-02-24", "On 22 February 2020, Russian warplanes struck the outskirts of Ariha (Idlib), killing 4 civilians, according to local monitors.",
  E("Air/drone strike", "Military Forces of Russia", "Civilians (Syria)", "2020-02-22", L("Ariha","SY","Idlib",2), 4, "struck"))
N("2023-08-10", "On 9 August 2023, Russian artillery shelled Kupiansk (Kharkiv), killing one civilian. The same day, Kivsharivka (Kharkiv) also came under shelling, with no casualties reported.",
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2023-08-09", L("Kupiansk","UA","Kharkiv",1), 1, "shelled"),
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2023-08-09", L("Kivsharivka","UA","Kharkiv",1), 0, "came under shelling"))
N("2021-10-29", "On 27 October 2021, gunmen presumed to belong to the Jalisco New Generation Cartel (CJNG) shot dead a municipal council candidate outside his home in Uruapan (Michoacán).",
  E("Attack", "Jalisco New Generation Cartel", "Civilians (Mexico)", "2021-10-27", L("Uruapan","MX","Michoacán",1), 1, "shot dead"))
N("2020-01-06", "On 5 January 2020, around 300 students held a peaceful march in Aligarh (Uttar Pradesh) against the Citizenship Amendment Act; in Meerut (Uttar Pradesh), protesters against the same law stoned a police outpost and set 2 motorcycles on fire.",
  E("Peaceful protest", "Protesters (India)", None, "2020-01-05", L("Aligarh","IN","Uttar Pradesh",1), 0, "held a peaceful march"),
  E("Violent demonstration", "Rioters (India)", "Police Forces of India", "2020-01-05", L("Meerut","IN","Uttar Pradesh",1), 0, "stoned a police outpost"))
N("2023-07-13", "Police fired tear gas to disperse opposition supporters demonstrating over fuel prices in Kisumu (Kisumu) on 12 July 2023. No injuries were reported.",
  E("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya", "2023-07-12", L("Kisumu","KE","Kisumu",1), 0, "fired tear gas to disperse"))
N("2019-11-20", "On 16 November 2019, security forces opened fire on protesters who had blocked a highway in Shahriar (Tehran), killing at least 6 of them.",
  E("Excessive force against protesters", "Police Forces of Iran", "Protesters (Iran)", "2019-11-16", L("Shahriar","IR","Tehran",1), 6, "opened fire on protesters"))
N("2021-04-21", "On 20 April 2021, supporters of Tehreek-e-Labbaik Pakistan (TLP) torched vehicles and pelted police with stones in Lahore (Punjab), injuring several officers. No deaths were reported.",
  E("Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan", "2021-04-20", L("Lahore","PK","Punjab",1), 0, "torched vehicles and pelted police with stones"))
N("2018-03-10", "On 8 March 2018, a mob lynched a man suspected of cattle theft in Ramgarh (Jharkhand).",
  E("Mob violence", "Rioters (India)", "Civilians (India)", "2018-03-08", L("Ramgarh","IN","Jharkhand",1), 1, "lynched"))
N("2016-05-02", "On 2 May 2016, the Nigerian army said Boko Haram attacks had killed more than 20,000 people since 2009 and warned that the group remained capable of striking towns across Borno.")
N("2022-09-19", "On 18 September 2022, police in Yangon (Yangon) arrested 14 people accused of funding the People's Defence Force, according to state media.",
  E("Arrests", "Police Forces of Myanmar", "Civilians (Myanmar)", "2022-09-18", L("Yangon","MM","Yangon",1), 0, "arrested"))
N("2014-02-12", "On 11 February 2014, Iraqi security forces defused a car bomb parked near a vegetable market in Baquba (Diyala).",
  E("Disrupted weapons use", "Military Forces of Iraq", None, "2014-02-11", L("Baquba","IQ","Diyala",1), 0, "defused a car bomb", mod="foiled"))
N("2019-03-09", "On 6 March 2019, two Katiba factions operating around Boni (Mopti) announced in an audio message that they had merged into a single group under a new commander loyal to JNIM.",
  E("Change to group/activity", "JNIM: Group for Support of Islam and Muslims", None, "2019-03-06", L("Boni","ML","Mopti",2), 0, "merged into a single group"))
N("2020-12-06", "Property destruction: on 4 December 2020, Al Shabaab militants burned down a telecommunications mast in Bulo Marer (Lower Shabelle). No casualties.",
  E("Looting/property destruction", "Al Shabaab", None, "2020-12-04", L("Bulo Marer","SO","Lower Shabelle",1), 0, "burned down a telecommunications mast"))
N("2023-05-08", "On 7 May 2023, regional officials said a mass grave containing at least 30 bodies had been found in a forest near Lyman (Donetsk). The deaths are attributed to earlier fighting and are not coded here.",
  E("Other", None, None, "2023-05-07", L("Lyman","UA","Donetsk",2), 0, "a mass grave", pl="ACCUSE"))
N("2016-11-02", "On 31 October 2016, an Iraqi army drone strike hit a vehicle carrying Islamic State (IS) fighters in Bartella (Ninewa), killing 3 of them.",
  E("Air/drone strike", "Military Forces of Iraq", "Islamic State (Iraq)", "2016-10-31", L("Bartella","IQ","Ninewa",1), 3, "drone strike"))
N("2009-07-28", "On 26 July 2009, a roadside bomb struck a police patrol on the road between Mingora and Matta (Swat, Khyber Pakhtunkhwa), killing 2 officers. No group claimed the blast.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "2009-07-26", L("Mingora","PK","Khyber Pakhtunkhwa",2), 2, "a roadside bomb struck"))
N("2018-11-15", "On 13 November 2018, unknown assailants hurled a grenade at a bar in Bujumbura (Bujumbura Mairie), wounding 7 people. No deaths were reported.",
  E("Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", "2018-11-13", L("Bujumbura","BI","Bujumbura Mairie",1), 0, "hurled a grenade"))
N("2024-01-22", "On 20 January 2024, soldiers of the Myanmar military raped two women during a raid on Kyauk Sin village (Sagaing), local media reported, citing relatives.",
  E("Sexual violence", "Military Forces of Myanmar", "Civilians (Myanmar)", "2024-01-20", L("Kyauk Sin","MM","Sagaing",1), 0, "raped two women"))
N("2019-08-14", "On 11 August 2019, ISWAP fighters abducted 6 aid workers travelling on the Damasak road near Kukawa (Borno). Their whereabouts remain unknown.",
  E("Abduction/forced disappearance", "Islamic State West Africa Province", "Civilians (Nigeria)", "2019-08-11", L("Kukawa","NG","Borno",2), 0, "abducted"))
N("2024-02-14", "On 12 February 2024, commanders of the South Sudan People's Defence Forces and the SPLA-IO agreed in Nasir (Upper Nile) on a local ceasefire and the return of displaced families.",
  E("Agreement", "Military Forces of South Sudan", "SPLA-IO", "2024-02-12", L("Nasir","SS","Upper Nile",1), 0, "agreed"))
N("2016-09-20", "Around 18 September 2016 (week of), Ansar al-Islam fighters set up a camp in the forest near Djibo (Soum, Sahel region) and began collecting zakat from herders.",
  E("Headquarters or base established", "Ansar al-Islam", None, "2016-09-18", L("Djibo","BF","Sahel",2), 0, "set up a camp"))
N("2021-06-16", "On 14 June 2021, Afghan government forces withdrew from the district centre of Dawlat Abad (Faryab) without resistance and the Taliban took control of the town after elders negotiated the handover.",
  E("Non-violent transfer of territory", "Taliban", "Military Forces of Afghanistan", "2021-06-14", L("Dawlat Abad","AF","Faryab",1), 0, "took control of the town"))
N("2017-03-21", "On 19 March 2017, Iraqi forces retook the village of Al-Hadar (Ninewa) from the Islamic State after fierce fighting in which dozens of militants were killed.",
  E("Government regains territory", "Military Forces of Iraq", "Islamic State (Iraq)", "2017-03-19", L("Al-Hadar","IQ","Ninewa",1), 12, "retook"))
N("2022-05-23", "On 20 May 2022, Islamic State Sahel fighters seized the town of Tidermène (Ménaka) after Malian troops pulled back; an unknown number of soldiers were killed in the fighting.",
  E("Non-state actor overtakes territory", "Islamic State Sahel", "Military Forces of Mali", "2022-05-20", L("Tidermène","ML","Ménaka",1), None, "seized the town"))
N("2014-05-16", "On 14 May 2014, a regime helicopter dropped a chlorine-filled barrel on Kafr Zita (Hama), killing 2 civilians and causing dozens of breathing injuries, a medical charity said.",
  E("Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "2014-05-14", L("Kafr Zita","SY","Hama",1), 2, "dropped a chlorine-filled barrel"))
N("2022-03-15", "On 13 March 2022, Ukrainian forces and Russian forces fought for control of the village of Moshchun (Kyiv). Casualty figures were not given.",
  E("Armed clash", "Military Forces of Ukraine", "Military Forces of Russia", "2022-03-13", L("Moshchun","UA","Kyiv",1), None, "fought"))
N("2010-06-30", "On 27 June 2010, a man was shot and killed by members of Los Zetas in Nuevo Laredo (Tamaulipas). The same night, a grenade was thrown at the municipal police station, injuring 2 officers.",
  E("Attack", "Los Zetas", "Civilians (Mexico)", "2010-06-27", L("Nuevo Laredo","MX","Tamaulipas",1), 1, "was shot and killed"),
  E("Grenade", "Unidentified Armed Group (Mexico)", "Police Forces of Mexico", "2010-06-27", L("Nuevo Laredo","MX","Tamaulipas",1), 0, "a grenade was thrown"))
N("2020-10-22", "On 21 October 2020, soldiers opened fire on #EndSARS protesters at a roundabout in Oyigbo (Rivers), killing at least 5 people, according to a rights group. The army denied shooting anyone.",
  E("Excessive force against protesters", "Military Forces of Nigeria", "Protesters (Nigeria)", "2020-10-21", L("Oyigbo","NG","Rivers",1), 5, "opened fire on #EndSARS protesters"))
N("2012-02-03", "On 2 February 2012, a crowd of men armed with sticks attacked anti-government protesters camped outside the governorate building in Suez (Suez); no deaths were reported.",
  E("Mob violence", "Rioters (Egypt)", "Protesters (Egypt)", "2012-02-02", L("Suez","EG","Suez",1), 0, "attacked anti-government protesters"))
N("2019-11-04", "On 3 November 2019, several hundred demonstrators gathered outside a shopping centre in Tuen Mun (Hong Kong) and some threw bricks at police, who responded with tear gas and rubber bullets.",
  E("Violent demonstration", "Rioters (China)", "Police Forces of China", "2019-11-03", L("Tuen Mun","HK",None,1), 0, "threw bricks at police"))
N("2024-02-19", "Residents of Taiz city (Taiz) staged a sit-in on 18 February 2024 demanding the reopening of roads closed by the Houthis. No incidents were recorded.",
  E("Peaceful protest", "Protesters (Yemen)", None, "2024-02-18", L("Taiz","YE","Taiz",1), 0, "staged a sit-in"))
N("2025-04-03", "On 2 April 2025, the regional council of Tigray said it would not recognise the new interim administration and threatened to resume armed struggle if its demands were ignored.")
N("2013-10-10", "On 9 October 2013, a Pakistani Taliban gunman stopped a van in Kabal (Khyber Pakhtunkhwa) and shot a female polio vaccinator; she survived. The TTP claimed the shooting.",
  E("Attack", "Tehrik-i-Taliban Pakistan", "Civilians (Pakistan)", "2013-10-09", L("Kabal","PK","Khyber Pakhtunkhwa",1), 0, "shot a female polio vaccinator"))
N("2021-05-15", "On 14 May 2021, militants fired a barrage of rockets from Gaza towards southern Israel; one struck a house in Sderot (Southern district), killing 1 woman.",
  E("Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", "2021-05-14", L("Sderot","IL","Southern District",1), 1, "one struck a house"))
N("2018-04-18", "On 16 April 2018, security forces arrested an opposition MP in Mbale (Mbale) as he tried to lead a procession against fuel taxes; the procession was dispersed with tear gas.",
  E("Arrests", "Police Forces of Uganda", "Forum for Democratic Change", "2018-04-16", L("Mbale","UG","Mbale",1), 0, "arrested an opposition MP"),
  E("Protest with intervention", "Protesters (Uganda)", "Police Forces of Uganda", "2018-04-16", L("Mbale","UG","Mbale",1), 0, "dispersed with tear gas"))
N("2011-11-28", "On 26 November 2011, gunmen attacked a bus carrying pilgrims near Reasi (Jammu and Kashmir), killing 4 passengers; police blamed Lashkar-e-Taiba.",
  E("Attack", "Lashkar-e-Taiba", "Civilians (India)", "2011-11-26", L("Reasi","IN","Jammu and Kashmir",2), 4, "attacked"))
N("2015-07-09", "On 7 July 2015, two suicide bombers blew themselves up at a bus station in Maiduguri (Borno), killing 14 people. No group claimed the attack.",
  E("Suicide bomb", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2015-07-07", L("Maiduguri","NG","Borno",1), 14, "blew themselves up"))
N("2021-02-05", "On 3 February 2021, soldiers detained the chief minister of Kayah state and three regional lawmakers in Loikaw (Kayah) and declared a night-time curfew in the town.",
  E("Arrests", "Military Forces of Myanmar", "National League for Democracy", "2021-02-03", L("Loikaw","MM","Kayah",1), 0, "detained"),
  E("Other", "Military Forces of Myanmar", "Civilians (Myanmar)", "2021-02-03", L("Loikaw","MM","Kayah",1), 0, "declared a night-time curfew"))
N("2022-06-08", "On 6 June 2022, JNIM militants attacked a Malian army post in Boulkessi (Mopti) and fought the soldiers for several hours; 7 soldiers and an unknown number of militants were killed.",
  E("Armed clash", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", "2022-06-06", L("Boulkessi","ML","Mopti",1), 7, "fought the soldiers"))
N("2022-06-09", "On 7 June 2022, suspected JNIM gunmen killed 5 civilians, including a village chief, in Diallassagou (Mopti). The attackers also burned granaries before leaving.",
  E("Attack", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", "2022-06-07", L("Diallassagou","ML","Mopti",1), 5, "killed 5 civilians"))
N("2018-07-04", "On 2 July 2018, an exchange of fire between NPA rebels and the Philippine Army took place in Barangay Mabini, Lianga (Surigao del Sur). One soldier was wounded; no deaths were reported.",
  E("Armed clash", "New People's Army", "Military Forces of the Philippines", "2018-07-02", L("Lianga","PH","Surigao del Sur",2), 0, "an exchange of fire"))
N("2018-07-05", "On 3 July 2018, a farmer was shot dead by suspected NPA members in Tago (Surigao del Sur) for allegedly being a military informant.",
  E("Attack", "New People's Army", "Civilians (Philippines)", "2018-07-03", L("Tago","PH","Surigao del Sur",1), 1, "was shot dead"))
N("2023-11-14", "Around 12 November 2023 (week of), the Arakan Army and the Myanmar military fought in and around Pauktaw (Rakhine); the AA said it had killed over 20 soldiers, a figure that could not be verified. Military aircraft later bombed AA positions outside the town.",
  E("Armed clash", "Arakan Army", "Military Forces of Myanmar", "2023-11-12", L("Pauktaw","MM","Rakhine",1), None, "fought"),
  E("Air/drone strike", "Military Forces of Myanmar", "Arakan Army", "2023-11-12", L("Pauktaw","MM","Rakhine",2), None, "bombed AA positions"))
N("2024-04-11", "On 9 April 2024, an attack by RSF fighters on civilians in Wad al-Nourah (Al Jazirah) left 35 people dead, residents said. On the same day, RSF and SAF units clashed near Al-Managil (Al Jazirah), killing 4 soldiers.",
  E("Attack", "Rapid Support Forces", "Civilians (Sudan)", "2024-04-09", L("Wad al-Nourah","SD","Al Jazirah",1), 35, "an attack by RSF fighters on civilians"),
  E("Armed clash", "Rapid Support Forces", "Military Forces of Sudan", "2024-04-09", L("Al-Managil","SD","Al Jazirah",2), 4, "clashed"))
N("2016-03-02", "On 29 February 2016, a US drone strike targeted a house in Datta Khel (North Waziristan, Khyber Pakhtunkhwa), killing 3 suspected militants.",
  E("Air/drone strike", "Military Forces of the United States", "Unidentified Armed Group (Pakistan)", "2016-02-29", L("Datta Khel","PK","Khyber Pakhtunkhwa",1), 3, "drone strike"))
N("2019-04-18", "On 16 April 2019, LNA aircraft carried out an air strike on the Abu Salim neighbourhood of Tripoli (Tripoli). Two civilians were reportedly killed.",
  E("Air/drone strike", "Libyan National Army", "Civilians (Libya)", "2019-04-16", L("Tripoli","LY","Tripoli",1), 2, "carried out an air strike"))
N("2025-03-22", "On 19 March 2025, a Houthi drone struck a warehouse in Eilat (Southern District), killing one man. On 20 March, Israeli jets struck the port of Ras Isa (Al Hudaydah), killing 6 people.",
  E("Air/drone strike", "Ansar Allah", "Civilians (Israel)", "2025-03-19", L("Eilat","IL","Southern District",1), 1, "drone struck"),
  E("Air/drone strike", "Military Forces of Israel", "Civilians (Yemen)", "2025-03-20", L("Ras Isa","YE","Al Hudaydah",1), 6, "Israeli jets struck"))
N("2023-02-05", "On 3 February 2023, Russian cruise missiles hit an energy facility in Ladyzhyn (Vinnytsia) and a crossroads in central Zaporizhzhia (Zaporizhzhia), killing 6 people in Zaporizhzhia. No casualties were reported in Ladyzhyn.",
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2023-02-03", L("Ladyzhyn","UA","Vinnytsia",1), 0, "Russian cruise missiles hit"),
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2023-02-03", L("Zaporizhzhia","UA","Zaporizhzhia",1), 6, "a crossroads in central Zaporizhzhia"))
N("2015-02-04", "On 2 February 2015, Grad rockets fired by separatist forces slammed into a residential district of Avdiivka (Donetsk), leaving 7 civilians dead, according to local authorities.",
  E("Shelling/artillery/missile attack", "Donetsk People's Republic", "Civilians (Ukraine)", "2015-02-02", L("Avdiivka","UA","Donetsk",1), 7, "Grad rockets fired by separatist forces slammed into"))
N("2020-10-23", "On 21 October 2020, Armenian forces shelled Tartar (Tartar) with artillery, killing 1 civilian, according to Azerbaijan. Armenia denied targeting the city.",
  E("Shelling/artillery/missile attack", "Military Forces of Armenia", "Civilians (Azerbaijan)", "2020-10-21", L("Tartar","AZ","Tartar",1), 1, "shelled"))
N("2017-12-20", "On 18 December 2017, mortar rounds fired by the Islamic State landed in a market in Kirkuk (Kirkuk); 2 children were killed.",
  E("Shelling/artillery/missile attack", "Islamic State (Iraq)", "Civilians (Iraq)", "2017-12-18", L("Kirkuk","IQ","Kirkuk",1), 2, "mortar rounds"))
N("2021-05-27", "On 25 May 2021, an IED planted by Al Shabaab exploded as a Kenyan Defence Forces convoy passed near Kiunga (Lamu), killing 2 soldiers. Al Shabaab claimed responsibility.",
  E("Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Kenya", "2021-05-25", L("Kiunga","KE","Lamu",2), 2, "an IED planted by Al Shabaab exploded"))
N("2019-09-24", "On 22 September 2019, a bus hit a landmine on the road between Dablo and Kaya (Centre-Nord), killing 9 passengers. It was not known who laid the mine.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", "2019-09-22", L("Kaya","BF","Centre-Nord",2), 9, "hit a landmine"))
N("2007-04-03", "A car bomb parked outside a police recruitment centre detonated in Hillah (Babil) on 1 April 2007, killing at least 11 recruits. The driver had left the vehicle minutes earlier.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq", "2007-04-01", L("Hillah","IQ","Babil",1), 11, "A car bomb parked outside a police recruitment centre detonated"))
N("2023-03-15", "On 13 March 2023, a magnetic bomb attached to a vehicle exploded in Mazar-i-Sharif (Balkh), killing the driver, a local Taliban official.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)", "Taliban", "2023-03-13", L("Mazar-i-Sharif","AF","Balkh",1), 1, "a magnetic bomb attached to a vehicle exploded"))
N("2011-09-14", "On 12 September 2011, militants threw a grenade at a police vehicle in Srinagar (Jammu and Kashmir); it missed and exploded on the road, injuring 3 passers-by.",
  E("Grenade", "Unidentified Armed Group (India)", "Police Forces of India", "2011-09-12", L("Srinagar","IN","Jammu and Kashmir",1), 0, "threw a grenade"))
N("2016-06-01", "On 30 May 2016, a hand grenade was tossed into a bar in Mogadishu's Hodan district (Banadir), killing 1 customer.",
  E("Grenade", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", "2016-05-30", L("Mogadishu","SO","Banadir",1), 1, "a hand grenade was tossed"))
N("2022-08-29", "On 27 August 2022, a Russian drone dropped a grenade on a Ukrainian trench near Bakhmut (Donetsk), killing 1 soldier, according to a video shared online.",
  E("Grenade", "Military Forces of Russia", "Military Forces of Ukraine", "2022-08-27", L("Bakhmut","UA","Donetsk",2), 1, "dropped a grenade"))
N("2019-10-07", "On 5 October 2019, unidentified men lobbed a grenade into a crowded market in Anantnag (Jammu and Kashmir), injuring 14 people. Police blamed Jaish-e-Mohammed.",
  E("Grenade", "Unidentified Armed Group (India)", "Civilians (India)", "2019-10-05", L("Anantnag","IN","Jammu and Kashmir",1), 0, "lobbed a grenade"))
N("2014-06-19", "On 17 June 2014, a suicide bomber on a motorcycle rammed into a military checkpoint in Mogadishu (Banadir), killing 2 soldiers and himself.",
  E("Suicide bomb", "Al Shabaab", "Military Forces of Somalia", "2014-06-17", L("Mogadishu","SO","Banadir",1), 3, "a suicide bomber on a motorcycle rammed into"))
N("2016-01-18", "On 16 January 2016, a female suicide bomber blew herself up at a mosque in Dikwa (Borno), killing 4 people in addition to herself. Boko Haram was blamed.",
  E("Suicide bomb", "Boko Haram", "Civilians (Nigeria)", "2016-01-16", L("Dikwa","NG","Borno",1), 5, "blew herself up"))
N("2010-09-03", "On 1 September 2010, a suicide car bomb exploded at the gate of an army base in Mosul (Ninewa), killing 5 soldiers. Islamic State of Iraq claimed it.",
  E("Suicide bomb", "Islamic State of Iraq", "Military Forces of Iraq", "2010-09-01", L("Mosul","IQ","Ninewa",1), 5, "a suicide car bomb exploded"))
N("2019-07-17", "On 15 July 2019, an attempted suicide bombing at a checkpoint in Jalalabad (Nangarhar) was foiled when guards shot the bomber before he could detonate his vest.",
  E("Disrupted weapons use", "Military Forces of Afghanistan", "Islamic State Khorasan Province", "2019-07-15", L("Jalalabad","AF","Nangarhar",1), 1, "was foiled", mod="foiled"))
N("2025-01-13", "On 11 January 2025, about 2,000 people marched peacefully through Tbilisi (Tbilisi) demanding new parliamentary elections. Police did not intervene.",
  E("Peaceful protest", "Protesters (Georgia)", None, "2025-01-11", L("Tbilisi","GE","Tbilisi",1), 0, "marched peacefully"))
N("2025-01-14", "On 12 January 2025, riot police used water cannon and pepper spray to clear protesters blocking Rustaveli Avenue in Tbilisi (Tbilisi) and detained 19 people.",
  E("Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia", "2025-01-12", L("Tbilisi","GE","Tbilisi",1), 0, "used water cannon and pepper spray to clear protesters"))
N("2019-04-08", "On 6 April 2019, Israeli forces fired live ammunition at Palestinian demonstrators along the fence east of Khan Younis (Gaza Strip), killing 3 of them.",
  E("Excessive force against protesters", "Military Forces of Israel", "Protesters (Palestine)", "2019-04-06", L("Khan Younis","PS","Gaza Strip",2), 8, "fired live ammunition at Palestinian demonstrators"))
N("2022-09-25", "On 23 September 2022, women protesting the death of a young woman in custody gathered in Divandarreh (Kurdistan); security forces shot at the crowd, killing 3 people.",
  E("Excessive force against protesters", "Police Forces of Iran", "Protesters (Iran)", "2022-09-23", L("Divandarreh","IR","Kurdistan",1), 3, "shot at the crowd"))
N("2013-07-03", "On 2 July 2013, thousands of people demonstrated peacefully in Tanta (Gharbia) calling on President Morsi to resign; a smaller rally of his supporters was also held without incident.",
  E("Peaceful protest", "Protesters (Egypt)", None, "2013-07-02", L("Tanta","EG","Gharbia",1), 0, "demonstrated peacefully"),
  E("Peaceful protest", "Protesters (Egypt)", None, "2013-07-02", L("Tanta","EG","Gharbia",1), 0, "a smaller rally of his supporters was also held"))
N("2016-11-27", "Youths set fire to a town hall and looted shops in Villiers-le-Bel (Ile-de-France) on 26 November 2016 during a protest against a police shooting; officers fired tear gas. No deaths were reported.",
  E("Violent demonstration", "Rioters (France)", "Police Forces of France", "2016-11-26", L("Villiers-le-Bel","FR","Ile-de-France",1), 0, "set fire to a town hall and looted shops"))
N("2016-08-10", "On 8 August 2016, students protesting the closure of their university burned tyres and stoned police vehicles in Bamenda (Northwest). Police arrested 12 of them.",
  E("Violent demonstration", "Rioters (Cameroon)", "Police Forces of Cameroon", "2016-08-08", L("Bamenda","CM","North-West",1), 0, "stoned police vehicles"),
  E("Arrests", "Police Forces of Cameroon", "Rioters (Cameroon)", "2016-08-08", L("Bamenda","CM","North-West",1), 0, "arrested 12 of them"))
N("2021-12-12", "On 10 December 2021, residents beat to death two men accused of kidnapping a child in Kasarani (Nairobi). Police recovered the bodies.",
  E("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)", "2021-12-10", L("Kasarani","KE","Nairobi",1), 2, "beat to death"))
N("2021-03-04", "On 2 March 2021, a mob set fire to shops owned by Muslims in Rajgarh (Madhya Pradesh), and later attacked 2 men walking nearby, one of whom died.",
  E("Mob violence", "Rioters (India)", "Civilians (India)", "2021-03-02", L("Rajgarh","IN","Madhya Pradesh",1), 1, "a mob set fire to shops"))
N("2012-05-30", "On 28 May 2012, villagers in Namsang (Shan) hacked to death a suspected thief; police said the mob dispersed before officers arrived.",
  E("Mob violence", "Rioters (Myanmar)", "Civilians (Myanmar)", "2012-05-28", L("Namsang","MM","Shan",1), 1, "hacked to death"))
N("2018-02-12", "On 10 February 2018, troops seized a cache of 40 assault rifles and ammunition belonging to the Mai-Mai in a house in Uvira (South Kivu).",
  E("Disrupted weapons use", "Military Forces of the Democratic Republic of Congo", "Mai-Mai Militia", "2018-02-10", L("Uvira","CD","South Kivu",1), 0, "seized a cache of 40 assault rifles"))
N("2024-06-03", "Security services said on 1 June 2024 that they had thwarted a plan by Islamic State supporters to bomb a concert in Vienna (Vienna) and detained 3 suspects.",
  E("Disrupted weapons use", "Police Forces of Austria", "Islamic State", "2024-06-01", L("Vienna","AT","Vienna",1), 0, "thwarted a plan", mod="foiled"),
  E("Arrests", "Police Forces of Austria", "Islamic State", "2024-06-01", L("Vienna","AT","Vienna",1), 0, "detained 3 suspects"))
N("2020-09-02", "On 31 August 2020, Colombian army engineers destroyed 14 landmines laid by the ELN around a school in Tibú (Norte de Santander).",
  E("Disrupted weapons use", "Military Forces of Colombia", "National Liberation Army", "2020-08-31", L("Tibú","CO","Norte de Santander",1), 0, "destroyed 14 landmines"))
N("2015-11-03", "On 1 November 2015, police arrested 25 members of the Gulf Clan in a raid on a farm outside Apartadó (Antioquia).",
  E("Arrests", "Police Forces of Colombia", "Gulf Clan", "2015-11-01", L("Apartadó","CO","Antioquia",2), 0, "arrested 25 members"))
N("2019-01-22", "Around 20 January 2019 (week of), Venezuelan intelligence agents detained a journalist in Barquisimeto (Lara) who had reported on the protests; his family said they had no news of him.",
  E("Arrests", "Police Forces of Venezuela", "Civilians (Venezuela)", "2019-01-20", L("Barquisimeto","VE","Lara",1), 0, "detained a journalist"))
N("2016-07-01", "On 29 June 2016, a jihadist faction based in Khan Shaykhun (Idlib) announced that it would henceforth be known as Liwa al-Aqsa and cut its ties with other rebel groups.",
  E("Change to group/activity", "Liwa al-Aqsa", None, "2016-06-29", L("Khan Shaykhun","SY","Idlib",1), 0, "announced that it would henceforth be known as Liwa al-Aqsa"))
N("2021-04-09", "On 7 April 2021, a splinter faction of the Ambazonia Defence Forces announced a new commander in Batibo (Northwest), after its previous leader was reportedly killed by soldiers in March.",
  E("Change to group/activity", "Ambazonia Defence Forces", None, "2021-04-07", L("Batibo","CM","North-West",1), 0, "announced a new commander"))
N("2023-02-08", "On 6 February 2023, a local militia in Tillabéri region, Niger, pledged allegiance to the Islamic State Sahel in a video filmed near Ayorou (Tillabéri).",
  E("Change to group/activity", "Islamic State Sahel", None, "2023-02-06", L("Ayorou","NE","Tillabéri",2), 0, "pledged allegiance", pl="SUPPORT"))
N("2017-10-23", "Property destruction: on 21 October 2017, Taliban fighters blew up a bridge on the highway near Ghazni (Ghazni) to block army reinforcements; nobody was hurt.",
  E("Looting/property destruction", "Taliban", None, "2017-10-21", L("Ghazni","AF","Ghazni",2), 0, "blew up a bridge"))
N("2024-03-05", "On 3 March 2024, gang members looted and burned a police station in Delmas (Ouest) after officers abandoned it. No casualties were reported.",
  E("Looting/property destruction", "Viv Ansanm", "Police Forces of Haiti", "2024-03-03", L("Delmas","HT","Ouest",1), 0, "looted and burned a police station"))
N("2019-02-26", "On 24 February 2019, cattle rustlers raided Gidan Bawa (Zamfara) and drove away more than 200 cows; no one was injured.",
  E("Looting/property destruction", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2019-02-24", L("Gidan Bawa","NG","Zamfara",1), 0, "drove away more than 200 cows"))
N("2010-09-15", "On 14 September 2010, mutinous soldiers announced on state radio in Bissau (Bissau) that they had dismissed the army chief and confined the prime minister to his residence.",
  E("Other", "Military Forces of Guinea-Bissau", "Government of Guinea-Bissau", "2010-09-14", L("Bissau","GW","Bissau",1), 0, "dismissed the army chief", pl="COERCE"))
N("2020-11-30", "On 28 November 2020, the ICRC facilitated the release of 4 hostages held by the ELN in Arauca (Arauca); they were handed over unharmed.",
  E("Other", "National Liberation Army", "Civilians (Colombia)", "2020-11-28", L("Arauca","CO","Arauca",1), 0, "the release of 4 hostages", pl="CONCEDE"))
N("2018-12-04", "On 3 December 2018, a court in Ouagadougou sentenced 4 members of Ansarul Islam to 20 years in prison for an attack on a gendarmerie post in 2016.")
N("2022-01-17", "A UN report published on 15 January 2022 said more than 1,300 civilians had been killed in Mali in 2021, mostly by jihadist groups and community militias.")
N("2023-05-04", "On 2 May 2023, Colombian soldiers and FARC dissidents of the Carlos Patiño front exchanged fire in a rural area of Argelia (Cauca); 3 dissidents were killed. The following day, a roadside explosive wounded 2 soldiers on the road out of the municipality.",
  E("Armed clash", "Military Forces of Colombia", "FARC Dissidents", "2023-05-02", L("Argelia","CO","Cauca",2), 3, "exchanged fire"),
  E("Remote explosive/landmine/IED", "FARC Dissidents", "Military Forces of Colombia", "2023-05-03", L("Argelia","CO","Cauca",2), 0, "a roadside explosive wounded 2 soldiers"))
N("2021-09-16", "On 14 September 2021, Islamic State West Africa Province fighters overran the army base in Gudumbali (Borno), forcing troops to withdraw, and held the town for two days before soldiers retook it on 16 September.",
  E("Non-state actor overtakes territory", "Islamic State West Africa Province", "Military Forces of Nigeria", "2021-09-14", L("Gudumbali","NG","Borno",1), None, "overran the army base"),
  E("Government regains territory", "Military Forces of Nigeria", "Islamic State West Africa Province", "2021-09-16", L("Gudumbali","NG","Borno",1), None, "soldiers retook it"))
N("2024-02-10", "Around 5 February 2024 (week of), the Three Brotherhood Alliance captured a battalion headquarters outside Kyaukme (Shan) after several days of fighting; the junta has not confirmed the loss.",
  E("Non-state actor overtakes territory", "Three Brotherhood Alliance", "Military Forces of Myanmar", "2024-02-05", L("Kyaukme","MM","Shan",2), None, "captured a battalion headquarters"))
N("2013-01-29", "On 27 January 2013, French and Malian troops entered Léré (Tombouctou) without meeting resistance, after Islamist fighters had abandoned the town.",
  E("Government regains territory", "Military Forces of Mali", "Ansar Dine", "2013-01-27", L("Léré","ML","Tombouctou",1), 0, "entered Léré"))
N("2019-03-27", "On 25 March 2019, Afghan special forces recaptured the district centre of Bala Murghab (Badghis) from the Taliban following two days of fighting. Officials said 18 Taliban were killed.",
  E("Government regains territory", "Military Forces of Afghanistan", "Taliban", "2019-03-25", L("Bala Murghab","AF","Badghis",1), 18, "recaptured the district centre"))
N("2016-10-12", "On 10 October 2016, government forces regained control of Ayn Issa village (Aleppo) after militants retreated; 4 soldiers were killed, according to state media.",
  E("Government regains territory", "Military Forces of Syria", "Islamic State (Syria)", "2016-10-10", L("Ayn Issa","SY","Aleppo",1), 4, "regained control"))
N("2020-06-12", "On 10 June 2020, al-Shabaab militants took over the village of Bariire (Lower Shabelle) after Somali troops withdrew overnight. No fighting was reported.",
  E("Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia", "2020-06-10", L("Bariire","SO","Lower Shabelle",1), 0, "took over the village"))
N("2016-12-14", "On 12 December 2016, an Islamic State chemical attack using mustard agent was reported in Qaraqosh (Ninewa); 6 Iraqi soldiers suffered blisters and breathing problems. No one was killed.",
  E("Chemical weapon", "Islamic State (Iraq)", "Military Forces of Iraq", "2016-12-12", L("Qaraqosh","IQ","Ninewa",1), 0, "chemical attack using mustard agent"))
N("2018-01-24", "On 22 January 2018, opposition activists said regime forces had fired rockets loaded with chlorine at a residential area of Douma (Rif Dimashq), suffocating 21 people, none fatally.",
  E("Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "2018-01-22", L("Douma","SY","Rif Dimashq",1), 0, "fired rockets loaded with chlorine", mod="claimed"))
N("2023-06-21", "On 19 June 2023, Ukrainian officials accused Russian forces of dropping grenades containing a toxic irritant on positions near Kreminna (Luhansk); 2 soldiers were hospitalised. Moscow denied using chemical agents.",
  E("Chemical weapon", "Military Forces of Russia", "Military Forces of Ukraine", "2023-06-19", L("Kreminna","UA","Luhansk",2), 0, "dropping grenades containing a toxic irritant", mod="claimed"))
N("2019-04-23", "On 21 April 2019, fighters of a Fulani militia raped 3 women collecting firewood outside Kidal (Kidal), according to a local rights group.",
  E("Sexual violence", "Fulani Ethnic Militia (Mali)", "Civilians (Mali)", "2019-04-21", L("Kidal","ML","Kidal",2), 0, "raped 3 women"))
N("2017-12-05", "Around 3 December 2017 (week of), soldiers allegedly sexually assaulted a teenage girl at a checkpoint in Maungdaw (Rakhine).",
  E("Sexual violence", "Military Forces of Myanmar", "Civilians (Myanmar)", "2017-12-03", L("Maungdaw","MM","Rakhine",1), 0, "sexually assaulted a teenage girl"))
N("2022-11-18", "On 16 November 2022, M23 fighters raped several women in Kishishe (North Kivu) during a search for Mai-Mai fighters; the same day they shot dead 8 civilians in the village.",
  E("Sexual violence", "M23: March 23 Movement", "Civilians (Democratic Republic of Congo)", "2022-11-16", L("Kishishe","CD","North Kivu",1), 0, "raped several women"),
  E("Attack", "M23: March 23 Movement", "Civilians (Democratic Republic of Congo)", "2022-11-16", L("Kishishe","CD","North Kivu",1), 8, "shot dead 8 civilians"))
N("2020-08-13", "Two men were kidnapped by gunmen on motorbikes on 11 August 2020 in Kankara (Katsina); their abductors later demanded a ransom.",
  E("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2020-08-11", L("Kankara","NG","Katsina",1), 0, "were kidnapped"))
N("2021-03-10", "On 8 March 2021, a human rights activist was taken away by men in plain clothes from his home in Mawlamyine (Mon); the military has not said where he is being held.",
  E("Abduction/forced disappearance", "Military Forces of Myanmar", "Civilians (Myanmar)", "2021-03-08", L("Mawlamyine","MM","Mon",1), 0, "was taken away by men in plain clothes"))
N("2015-04-16", "On 14 April 2015, Abu Sayyaf gunmen seized a Malaysian fisherman and his son off the coast of Patikul (Sulu). The son was later released.",
  E("Abduction/forced disappearance", "Abu Sayyaf", "Civilians (Malaysia)", "2015-04-14", L("Patikul","PH","Sulu",2), 0, "seized a Malaysian fisherman and his son"))
N("2024-09-13", "On 11 September 2024, ADF militants abducted 15 villagers, including children, from Mangina (North Kivu) and killed 3 others who resisted.",
  E("Abduction/forced disappearance", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", "2024-09-11", L("Mangina","CD","North Kivu",1), 0, "abducted 15 villagers"),
  E("Attack", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", "2024-09-11", L("Mangina","CD","North Kivu",1), 3, "killed 3 others who resisted"))
N("2018-09-14", "On 12 September 2018, the Government of South Sudan and SPLM-IO signed a revitalised peace agreement in Addis Ababa (Addis Ababa).",
  E("Agreement", "Government of South Sudan", "SPLM-IO", "2018-09-12", L("Addis Ababa","ET","Addis Ababa",1), 0, "signed a revitalised peace agreement"))
N("2022-12-31", "On 29 December 2022, Russia and Ukraine exchanged 82 prisoners of war each at a crossing point near Sumy (Sumy), officials on both sides said.",
  E("Agreement", "Military Forces of Russia", "Military Forces of Ukraine", "2022-12-29", L("Sumy","UA","Sumy",2), 0, "exchanged 82 prisoners of war"))
N("2016-06-24", "On 23 June 2016, the Colombian government and the FARC agreed on a bilateral ceasefire; fighting had already largely stopped in Caquetá in the preceding months.",
  E("Agreement", "Government of Colombia", "FARC", "2016-06-23", L("Colombia","CO",None,4), 0, "agreed on a bilateral ceasefire"))
N("2019-07-22", "On 20 July 2019, clan elders and the local militia in Beledweyne (Hiraan) agreed to a truce after a week of revenge killings; the deal was brokered by the regional administration.",
  E("Agreement", "Clan Militia (Somalia)", "Clan Militia (Somalia)", "2019-07-20", L("Beledweyne","SO","Hiraan",1), 0, "agreed to a truce"))
N("2021-11-05", "On 3 November 2021, ISWAP fighters established a new base on an island in Lake Chad near Kirta Wulgo (Borno), from where they have been taxing fishermen, local sources said.",
  E("Headquarters or base established", "Islamic State West Africa Province", None, "2021-11-03", L("Kirta Wulgo","NG","Borno",2), 0, "established a new base"))
N("2023-04-19", "Around 16 April 2023 (week of), RSF fighters took up positions in a hospital in Khartoum North (Khartoum) and turned it into a command post.",
  E("Headquarters or base established", "Rapid Support Forces", None, "2023-04-16", L("Khartoum North","SD","Khartoum",1), 0, "turned it into a command post"))
N("2024-08-07", "On 5 August 2024, the Turkish army opened a new forward operating base on a hill overlooking Batifa (Duhok), Kurdish media reported.",
  E("Headquarters or base established", "Military Forces of Turkey", None, "2024-08-05", L("Batifa","IQ","Duhok",2), 0, "opened a new forward operating base"))
N("2018-03-07", "On 5 March 2018, the Ethiopian army handed control of the disputed town of Moyale (Oromia) to regional police under a deal between regional leaders. No incidents were reported.",
  E("Non-violent transfer of territory", "Military Forces of Ethiopia", "Police Forces of Ethiopia", "2018-03-05", L("Moyale","ET","Oromia",1), 0, "handed control"))
N("2020-11-27", "On 25 November 2020, Armenian forces withdrew from Kalbajar district (Kalbajar) and Azerbaijani troops moved in, as provided for by the ceasefire agreement.",
  E("Non-violent transfer of territory", "Military Forces of Azerbaijan", "Military Forces of Armenia", "2020-11-25", L("Kalbajar","AZ","Kalbajar",2), 0, "Azerbaijani troops moved in"))
N("2017-06-22", "On 20 June 2017, Hayat Tahrir al-Sham handed over checkpoints in Jisr al-Shughur (Idlib) to a local council after negotiations; no clashes took place.",
  E("Non-violent transfer of territory", "Hayat Tahrir al-Sham", None, "2017-06-20", L("Jisr al-Shughur","SY","Idlib",1), 0, "handed over checkpoints"))
N("2014-09-02", "On 31 August 2014, Houthi fighters entered Amran city (Amran) peacefully after tribal leaders allowed them in; army units stayed in their barracks.",
  E("Non-violent transfer of territory", "Ansar Allah", "Military Forces of Yemen", "2014-08-31", L("Amran","YE","Amran",1), 0, "entered Amran city"))
N("2017-08-10", "On 8 August 2017, a Taliban attack on Khwaja Ghar village (Sar-e Pul) killed at least 9 civilians, according to the provincial governor. The Taliban denied involvement.",
  E("Attack", "Taliban", "Civilians (Afghanistan)", "2017-08-08", L("Khwaja Ghar","AF","Sar-e Pol",1), 9, "attack on Khwaja Ghar village"))
N("2025-06-09", "On 7 June 2025, gunmen killed 4 members of a family travelling by car near Tamazula (Durango); the attack was attributed to the Sinaloa Cartel.",
  E("Attack", "Sinaloa Cartel", "Civilians (Mexico)", "2025-06-07", L("Tamazula","MX","Durango",2), 4, "gunmen killed 4 members of a family"))
N("2019-05-23", "On 21 May 2019, an armed group stormed a church during Sunday mass in Dablo (Sanmatenga, Centre-Nord), killing 6 people including the priest.",
  E("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", "2019-05-21", L("Dablo","BF","Centre-Nord",1), 6, "stormed a church"))
N("2018-10-30", "On 28 October 2018, a civilian was killed by soldiers at a checkpoint in Buea (Southwest) after he allegedly refused to stop. The army said he was a separatist.",
  E("Attack", "Military Forces of Cameroon", "Civilians (Cameroon)", "2018-10-28", L("Buea","CM","South-West",1), 1, "was killed by soldiers"))
N("2023-01-12", "Allegedly, on 10 January 2023, a Wagner Group unit executed 7 herders near Hombori (Mopti).",
  E("Attack", "Wagner Group", "Civilians (Mali)", "2023-01-10", L("Hombori","ML","Mopti",2), 7, "executed 7 herders"))
N("2014-10-24", "On 22 October 2014, Houthi fighters and AQAP militants fought for the control of Radaa (Al Bayda), with at least 15 fighters killed on both sides.",
  E("Armed clash", "Ansar Allah", "Al Qaeda in the Arabian Peninsula", "2014-10-22", L("Radaa","YE","Al Bayda",1), 15, "fought for the control of Radaa"))
N("2021-07-30", "On 28 July 2021, a gunfight between police and suspected members of the Mungiki sect broke out in Nakuru (Nakuru); 2 suspects were killed.",
  E("Armed clash", "Police Forces of Kenya", "Mungiki", "2021-07-28", L("Nakuru","KE","Nakuru",1), 2, "a gunfight between police and suspected members"))
N("2024-05-16", "Ukrainian and Russian troops battled for the village of Vovchansk (Kharkiv) on 14 May 2024. Neither side released casualty figures. Russian aviation also dropped glide bombs on the town.",
  E("Armed clash", "Military Forces of Ukraine", "Military Forces of Russia", "2024-05-14", L("Vovchansk","UA","Kharkiv",1), None, "battled"),
  E("Air/drone strike", "Military Forces of Russia", "Military Forces of Ukraine", "2024-05-14", L("Vovchansk","UA","Kharkiv",1), None, "dropped glide bombs"))
N("2022-02-03", "On 1 February 2022, two rival factions of the Mai-Mai Yakutumba clashed near Fizi (South Kivu), killing 5 combatants.",
  E("Armed clash", "Mai-Mai Militia", "Mai-Mai Militia", "2022-02-01", L("Fizi","CD","South Kivu",2), 5, "clashed"))
N("2013-02-08", "On 6 February 2013, an attack by Tuareg rebels on an army patrol near Anefis (Kidal) led to an hour-long firefight; 3 soldiers and 2 rebels died.",
  E("Armed clash", "MNLA: National Movement for the Liberation of Azawad", "Military Forces of Mali", "2013-02-06", L("Anefis","ML","Kidal",2), 5, "an hour-long firefight"))
N("2025-08-14", "On 12 August 2025, TTP militants ambushed a police van in Bannu (Khyber Pakhtunkhwa); officers returned fire and 2 militants and 1 policeman were killed.",
  E("Armed clash", "Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan", "2025-08-12", L("Bannu","PK","Khyber Pakhtunkhwa",1), 3, "ambushed a police van"))
N("2019-12-03", "On 1 December 2019, a Turkish drone hit a car near Qamishli (Hasakah), killing 2 SDF fighters. Turkey said it had targeted 'terrorists'.",
  E("Air/drone strike", "Military Forces of Turkey", "Syrian Democratic Forces", "2019-12-01", L("Qamishli","SY","Hasakah",2), 2, "a Turkish drone hit a car"))
N("2012-06-06", "On 4 June 2012, a missile fired from a US drone killed a senior al Qaeda figure in Mir Ali (North Waziristan, Khyber Pakhtunkhwa), a Pakistani official said.",
  E("Air/drone strike", "Military Forces of the United States", "Al Qaeda", "2012-06-04", L("Mir Ali","PK","Khyber Pakhtunkhwa",1), 1, "a missile fired from a US drone killed"))
N("2021-11-27", "On 25 November 2021, Ethiopian air force jets bombed Mekele (Tigray), killing 3 civilians, according to TPLF officials. The government said it had hit military targets.",
  E("Air/drone strike", "Military Forces of Ethiopia", "Civilians (Ethiopia)", "2021-11-25", L("Mekele","ET","Tigray",1), 3, "bombed Mekele"))
N("2023-12-19", "On 17 December 2023, Myanmar military aircraft bombed a camp for displaced people near Laiza (Kachin), killing 11 people, according to the KIA.",
  E("Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", "2023-12-17", L("Laiza","MM","Kachin",2), 11, "bombed a camp for displaced people"))
N("2020-01-28", "On 26 January 2020, Saudi-led coalition airstrikes targeted Houthi positions in Nehm (Sanaa). The coalition said dozens of fighters were killed, a claim that could not be verified.",
  E("Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah", "2020-01-26", L("Nehm","YE","Sanaa",2), 12, "airstrikes targeted Houthi positions"))
N("2024-11-23", "On 21 November 2024, Hezbollah launched rockets at Nahariya (Northern District), lightly injuring 2 people; Israeli artillery shelled Khiam (Nabatieh) in response, killing 1 fighter.",
  E("Shelling/artillery/missile attack", "Hezbollah", "Civilians (Israel)", "2024-11-21", L("Nahariya","IL","Northern District",1), 0, "launched rockets"),
  E("Shelling/artillery/missile attack", "Military Forces of Israel", "Hezbollah", "2024-11-21", L("Khiam","LB","Nabatieh",1), 1, "Israeli artillery shelled"))
N("2016-02-09", "On 7 February 2016, rebels fired mortars into the government-held district of Hamdaniyeh, Aleppo (Aleppo), killing 3 residents.",
  E("Shelling/artillery/missile attack", "Syrian Rebels", "Civilians (Syria)", "2016-02-07", L("Aleppo","SY","Aleppo",1), 3, "fired mortars"))
N("2025-03-04", "A ballistic missile struck a hotel in Kryvyi Rih (Dnipropetrovsk) on 2 March 2025, killing 4 people; Ukraine blamed Russia.",
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2025-03-02", L("Kryvyi Rih","UA","Dnipropetrovsk",1), 4, "A ballistic missile struck a hotel"))
N("2016-04-05", "On 3 April 2016, Azerbaijani artillery pounded Martakert (Nagorno-Karabakh) through the night; the number of dead was disputed.",
  E("Shelling/artillery/missile attack", "Military Forces of Azerbaijan", "Civilians (Azerbaijan)", "2016-04-03", L("Martakert","AZ","Tartar",1), None, "pounded Martakert"))
N("2019-06-05", "On 3 June 2019, the Sudanese security forces stormed the sit-in outside the army garrison in Nyala (South Darfur), shooting and beating protesters; at least 5 were killed.",
  E("Excessive force against protesters", "Rapid Support Forces", "Protesters (Sudan)", "2019-06-03", L("Nyala","SD","South Darfur",1), 5, "stormed the sit-in"))
N("2021-03-29", "On 27 March 2021, soldiers fired on anti-coup demonstrators in Monywa (Sagaing) and also arrested at least 40; local media counted 8 dead.",
  E("Excessive force against protesters", "Military Forces of Myanmar", "Protesters (Myanmar)", "2021-03-27", L("Monywa","MM","Sagaing",1), 8, "fired on anti-coup demonstrators"),
  E("Arrests", "Military Forces of Myanmar", "Protesters (Myanmar)", "2021-03-27", L("Monywa","MM","Sagaing",1), 0, "arrested at least 40"))
N("2023-02-20", "The Peruvian police's killing of a protester during a road blockade in Juliaca (Puno) on 18 February 2023 sparked new demonstrations the next day; the second day passed peacefully.",
  E("Excessive force against protesters", "Police Forces of Peru", "Protesters (Peru)", "2023-02-18", L("Juliaca","PE","Puno",1), 1, "killing of a protester"),
  E("Peaceful protest", "Protesters (Peru)", None, "2023-02-19", L("Juliaca","PE","Puno",1), 0, "new demonstrations"))
N("2017-04-12", "On 10 April 2017, teachers staged a peaceful strike rally in front of the governor's office in Jos (Plateau) over unpaid salaries. A day later, police used tear gas to disperse the teachers when they tried to block the main road, and 6 were briefly detained.",
  E("Peaceful protest", "Protesters (Nigeria)", None, "2017-04-10", L("Jos","NG","Plateau",1), 0, "staged a peaceful strike rally"),
  E("Protest with intervention", "Protesters (Nigeria)", "Police Forces of Nigeria", "2017-04-11", L("Jos","NG","Plateau",1), 0, "used tear gas to disperse the teachers"))
N("2022-07-15", "Protesters angry at fuel shortages gathered outside the parliament in Colombo (Western) on 13 July 2022; some broke through barricades and set a police jeep alight, and troops fired tear gas. Separately, in Kandy (Central), a march of about 200 people ended without incident.",
  E("Violent demonstration", "Rioters (Sri Lanka)", "Police Forces of Sri Lanka", "2022-07-13", L("Colombo","LK","Western",1), 0, "set a police jeep alight"),
  E("Peaceful protest", "Protesters (Sri Lanka)", None, "2022-07-13", L("Kandy","LK","Central",1), 0, "a march of about 200 people"))
N("2016-12-22", "On 20 December 2016, opposition supporters clashed with police in Kananga (Kasaï-Central), burning party offices and throwing stones; police responded with live fire, killing 5, according to the governor.",
  E("Violent demonstration", "Rioters (Democratic Republic of Congo)", "Police Forces of the Democratic Republic of Congo", "2016-12-20", L("Kananga","CD","Kasaï-Central",1), 5, "clashed with police"))
N("2024-06-29", "On 27 June 2024, demonstrators against a finance bill forced their way into the county assembly compound in Nakuru (Nakuru) and set part of it on fire; police shot dead at least 2 of them. In Eldoret (Uasin Gishu), a rally against the bill was dispersed with tear gas.",
  E("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", "2024-06-27", L("Nakuru","KE","Nakuru",1), 2, "set part of it on fire"),
  E("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya", "2024-06-27", L("Eldoret","KE","Uasin Gishu",1), 0, "was dispersed with tear gas"))
N("2018-08-09", "Striking truck drivers blocked the highway outside Curitiba (Paraná) on 7 August 2018; military police removed them using rubber bullets, injuring 3. Nobody was killed.",
  E("Protest with intervention", "Protesters (Brazil)", "Police Forces of Brazil", "2018-08-07", L("Curitiba","BR","Paraná",2), 0, "removed them using rubber bullets"))
N("2020-08-11", "On 9 August 2020, riot police detained dozens of people protesting against the election results in Grodno (Grodno); further protests in Brest (Brest) were dispersed with stun grenades.",
  E("Protest with intervention", "Protesters (Belarus)", "Police Forces of Belarus", "2020-08-09", L("Grodno","BY","Grodno",1), 0, "detained dozens of people protesting"),
  E("Protest with intervention", "Protesters (Belarus)", "Police Forces of Belarus", "2020-08-09", L("Brest","BY","Brest",1), 0, "dispersed with stun grenades"))
N("2019-10-23", "On 21 October 2019, soldiers deployed under the state of emergency fired on a crowd protesting in La Serena (Coquimbo), killing 1 man. In Valparaíso (Valparaíso), protesters looted a supermarket and torched a bus.",
  E("Excessive force against protesters", "Military Forces of Chile", "Protesters (Chile)", "2019-10-21", L("La Serena","CL","Coquimbo",1), 1, "fired on a crowd protesting"),
  E("Violent demonstration", "Rioters (Chile)", None, "2019-10-21", L("Valparaíso","CL","Valparaíso",1), 0, "looted a supermarket and torched a bus"))
N("2011-03-27", "On 25 March 2011, security forces killed 4 demonstrators in Sanamayn (Daraa) when they opened fire on a march leaving the Omari mosque.",
  E("Excessive force against protesters", "Police Forces of Syria", "Protesters (Syria)", "2011-03-25", L("Sanamayn","SY","Daraa",1), 4, "killed 4 demonstrators"))
N("2025-02-11", "Police beat students holding a vigil in Novi Sad (Vojvodina) on 9 February 2025, leaving 3 with fractures; the students said the gathering had been peaceful.",
  E("Excessive force against protesters", "Police Forces of Serbia", "Protesters (Serbia)", "2025-02-09", L("Novi Sad","RS","Vojvodina",1), 0, "Police beat students holding a vigil"))
N("2023-09-15", "Around 10 September 2023 (week of), farmers held daily peaceful rallies outside the district office in Ludhiana (Punjab) demanding compensation for flood losses.",
  E("Peaceful protest", "Protesters (India)", None, "2023-09-10", L("Ludhiana","IN","Punjab",1), 0, "held daily peaceful rallies"))
N("2014-04-08", "On 6 April 2014, a demonstration by about 1,500 pro-Russian activists took place in Donetsk (Donetsk); some of them seized the regional administration building. Police did not resist.",
  E("Peaceful protest", "Protesters (Ukraine)", None, "2014-04-06", L("Donetsk","UA","Donetsk",1), 0, "a demonstration by about 1,500 pro-Russian activists"))
N("2021-06-04", "Hundreds of women rallied in Kabul (Kabul) on 2 June 2021 to demand a role in peace talks, the protest passing off peacefully.",
  E("Peaceful protest", "Protesters (Afghanistan)", None, "2021-06-02", L("Kabul","AF","Kabul",1), 0, "rallied"))
N("2026-01-19", "On 17 January 2026, climate activists glued themselves to a road in Munich (Bavaria); police removed and detained 11 of them. A parallel march in Cologne (North Rhine-Westphalia) passed without incident.",
  E("Protest with intervention", "Protesters (Germany)", "Police Forces of Germany", "2026-01-17", L("Munich","DE","Bavaria",1), 0, "police removed and detained 11 of them"),
  E("Peaceful protest", "Protesters (Germany)", None, "2026-01-17", L("Cologne","DE","North Rhine-Westphalia",1), 0, "A parallel march"))
N("2019-11-02", "On 31 October 2019, a crowd in Ambatondrazaka (Alaotra-Mangoro) dragged 2 suspected cattle thieves from a police cell and beat them to death; officers were unable to stop them.",
  E("Mob violence", "Rioters (Madagascar)", "Civilians (Madagascar)", "2019-10-31", L("Ambatondrazaka","MG","Alaotra-Mangoro",1), 2, "beat them to death"))
N("2018-06-13", "On 11 June 2018, villagers attacked a group of 5 travellers they believed to be child abductors in Karbi Anglong (Assam), killing 2.",
  E("Mob violence", "Rioters (India)", "Civilians (India)", "2018-06-11", L("Karbi Anglong","IN","Assam",3), 2, "villagers attacked a group of 5 travellers"))
N("2022-10-19", "On 17 October 2022, a mob burned the house of a man accused of blasphemy in Sargodha (Punjab); he escaped. The crowd also set fire to 2 shops.",
  E("Mob violence", "Rioters (Pakistan)", "Civilians (Pakistan)", "2022-10-17", L("Sargodha","PK","Punjab",1), 0, "a mob burned the house"))
N("2016-02-03", "Around 31 January 2016 (week of), youths armed with machetes attacked Hausa traders at a market in Bamenda (Northwest), injuring 6, after rumours of a theft spread.",
  E("Mob violence", "Rioters (Cameroon)", "Civilians (Cameroon)", "2016-01-31", L("Bamenda","CM","North-West",1), 0, "attacked Hausa traders"))
N("2023-08-24", "On 22 August 2023, a group of residents in Port-au-Prince (Ouest) stoned and burned 3 suspected gang members; the 'bwa kale' movement has spread across the capital.",
  E("Mob violence", "Rioters (Haiti)", "Viv Ansanm", "2023-08-22", L("Port-au-Prince","HT","Ouest",1), 3, "stoned and burned 3 suspected gang members"))
N("2013-11-20", "On 18 November 2013, a suicide bomber blew himself up in front of a security post in Kabul (Kabul), killing 4 guards; another attacker was shot before he could detonate his explosives.",
  E("Suicide bomb", "Taliban", "Military Forces of Afghanistan", "2013-11-18", L("Kabul","AF","Kabul",1), 5, "blew himself up"),
  E("Disrupted weapons use", "Military Forces of Afghanistan", "Taliban", "2013-11-18", L("Kabul","AF","Kabul",1), 1, "was shot before he could detonate his explosives", mod="foiled"))
N("2022-08-28", "On 26 August 2022, a suicide attack by an IS-KP member outside a madrasa in Aybak (Samangan) killed 17 students.",
  E("Suicide bomb", "Islamic State Khorasan Province", "Civilians (Afghanistan)", "2022-08-26", L("Aybak","AF","Samangan",1), 17, "a suicide attack"))
N("2018-07-12", "On 10 July 2018, a suicide bomber attacked an election rally in Charsadda (Khyber Pakhtunkhwa), killing 7 people including an Awami National Party candidate. The TTP said it carried out the bombing.",
  E("Suicide bomb", "Tehrik-i-Taliban Pakistan", "Awami National Party", "2018-07-10", L("Charsadda","PK","Khyber Pakhtunkhwa",1), 7, "a suicide bomber attacked an election rally"))
N("2017-06-03", "On 1 June 2017, two women wearing explosives detonated them near a mosque in Konduga (Borno); 9 worshippers were killed along with the bombers.",
  E("Suicide bomb", "Boko Haram", "Civilians (Nigeria)", "2017-06-01", L("Konduga","NG","Borno",1), 11, "detonated them"))
N("2024-10-02", "On 30 September 2024, a suicide car bomb targeted a military convoy on the outskirts of Gao (Gao), killing 3 soldiers; JNIM claimed the attack.",
  E("Suicide bomb", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", "2024-09-30", L("Gao","ML","Gao",2), 3, "a suicide car bomb targeted"))
N("2009-12-30", "On 28 December 2009, a suicide bomber struck a Shia procession in Hyderabad (Sindh), killing 13 mourners; rioters then burned shops in the area.",
  E("Suicide bomb", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "2009-12-28", L("Hyderabad","PK","Sindh",1), 13, "a suicide bomber struck a Shia procession"),
  E("Violent demonstration", "Rioters (Pakistan)", None, "2009-12-28", L("Hyderabad","PK","Sindh",1), 0, "rioters then burned shops"))
N("2022-04-14", "On 12 April 2022, an IED hidden in a motorcycle exploded at a market in Paoua (Ouham-Pendé), killing 2 traders.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Central African Republic)", "Civilians (Central African Republic)", "2022-04-12", L("Paoua","CF","Ouham-Pendé",1), 2, "an IED hidden in a motorcycle exploded"))
N("2020-02-18", "On 16 February 2020, an anti-tank mine exploded under a minibus near Krasnohorivka (Donetsk), killing 1 passenger.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)", "2020-02-16", L("Krasnohorivka","UA","Donetsk",2), 1, "an anti-tank mine exploded under a minibus"))
N("2016-09-07", "On 5 September 2016, twin bombs exploded in a market in Kandahar (Kandahar), triggered remotely, killing 7 people.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", "2016-09-05", L("Kandahar","AF","Kandahar",1), 7, "twin bombs exploded"))
N("2023-12-03", "On 1 December 2023, a bomb planted in a rubbish bin exploded outside a gym in Marawi (Lanao del Sur), injuring 5 people. Dawlah Islamiyah was suspected. A second device was found and defused nearby.",
  E("Remote explosive/landmine/IED", "Dawlah Islamiyah", "Civilians (Philippines)", "2023-12-01", L("Marawi","PH","Lanao del Sur",1), 0, "a bomb planted in a rubbish bin exploded"),
  E("Disrupted weapons use", "Military Forces of the Philippines", "Dawlah Islamiyah", "2023-12-01", L("Marawi","PH","Lanao del Sur",1), 0, "found and defused", mod="foiled"))
N("2011-07-20", "A pipeline was damaged by explosives near Oron (Akwa Ibom) on 18 July 2011, militants said in a statement; no injuries were reported.",
  E("Remote explosive/landmine/IED", "MEND: Movement for the Emancipation of the Niger Delta", None, "2011-07-18", L("Oron","NG","Akwa Ibom",2), 0, "was damaged by explosives", mod="claimed"))
N("2025-05-13", "On 11 May 2025, an explosive device detonated beneath a Taliban vehicle in Khost (Khost), killing 2 commanders. No one claimed responsibility.",
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)", "Taliban", "2025-05-11", L("Khost","AF","Khost",1), 2, "an explosive device detonated beneath"))
N("2018-05-28", "On 26 May 2018, a grenade attack on a restaurant in Bunia (Ituri) left 1 dead and 5 wounded, police said.",
  E("Grenade", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", "2018-05-26", L("Bunia","CD","Ituri",1), 1, "a grenade attack"))
N("2017-03-21", "On 19 March 2017, unknown men threw grenades at a gathering of ruling party supporters in Kirundo (Kirundo), injuring 8.",
  E("Grenade", "Unidentified Armed Group (Burundi)", "CNDD-FDD", "2017-03-19", L("Kirundo","BI","Kirundo",1), 0, "threw grenades"))
N("2021-10-20", "On 18 October 2021, a grenade lobbed by militants exploded near a CRPF bunker in Pulwama (Jammu and Kashmir), wounding 2 civilians. Separately, police arrested a suspected militant in Shopian (Jammu and Kashmir).",
  E("Grenade", "Unidentified Armed Group (India)", "Military Forces of India", "2021-10-18", L("Pulwama","IN","Jammu and Kashmir",1), 0, "a grenade lobbed by militants exploded"),
  E("Arrests", "Police Forces of India", "Unidentified Armed Group (India)", "2021-10-18", L("Shopian","IN","Jammu and Kashmir",1), 0, "police arrested a suspected militant"))
N("2014-08-11", "On 9 August 2014, a man riding a motorbike tossed a hand grenade into a bus in Thika (Kiambu) killing 2 passengers.",
  E("Grenade", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "2014-08-09", L("Thika","KE","Kiambu",1), 2, "tossed a hand grenade"))
N("2024-04-25", "On 23 April 2024, a drone-dropped grenade wounded 2 Russian soldiers in a trench near Krynky (Kherson), Ukrainian forces said in a video.",
  E("Grenade", "Military Forces of Ukraine", "Military Forces of Russia", "2024-04-23", L("Krynky","UA","Kherson",2), 0, "a drone-dropped grenade wounded", mod="claimed"))
N("2015-12-15", "On 13 December 2015, 2 grenades were thrown at a police station in Culiacán (Sinaloa); one failed to explode. Nobody was hurt.",
  E("Grenade", "Unidentified Armed Group (Mexico)", "Police Forces of Mexico", "2015-12-13", L("Culiacán","MX","Sinaloa",1), 0, "2 grenades were thrown"))
N("2019-03-18", "On 16 March 2019, the police in Chittagong (Chittagong) recovered 12 crude bombs and 2 pistols from a flat used by Jamaat-ul-Mujahideen Bangladesh members; 3 were arrested.",
  E("Disrupted weapons use", "Police Forces of Bangladesh", "Jamaat-ul-Mujahideen Bangladesh", "2019-03-16", L("Chittagong","BD","Chittagong",1), 0, "recovered 12 crude bombs"),
  E("Arrests", "Police Forces of Bangladesh", "Jamaat-ul-Mujahideen Bangladesh", "2019-03-16", L("Chittagong","BD","Chittagong",1), 0, "were arrested"))
N("2022-08-05", "On 3 August 2022, the SBU said it had prevented a planned car bombing in Odesa (Odesa) and seized 6 kg of explosives.",
  E("Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia", "2022-08-03", L("Odesa","UA","Odesa",1), 0, "prevented a planned car bombing", mod="foiled"))
N("2016-05-12", "A weapons shipment bound for Houthi forces was intercepted by coalition ships off Mokha (Taiz) on 10 May 2016.",
  E("Disrupted weapons use", "Military Forces of Saudi Arabia", "Ansar Allah", "2016-05-10", L("Mokha","YE","Taiz",2), 0, "was intercepted"))
N("2020-12-20", "On 18 December 2020, Mozambican soldiers discovered and destroyed 3 IEDs planted on the road between Macomia and Mucojo (Cabo Delgado).",
  E("Disrupted weapons use", "Military Forces of Mozambique", "Islamic State Mozambique Province", "2020-12-18", L("Macomia","MZ","Cabo Delgado",2), 0, "discovered and destroyed 3 IEDs", mod="foiled"))
N("2018-10-13", "Police in Lyon (Auvergne-Rhône-Alpes) said on 11 October 2018 that they had foiled a knife attack on a church, arresting a 19-year-old who had sworn allegiance to the Islamic State.",
  E("Disrupted weapons use", "Police Forces of France", "Islamic State", "2018-10-11", L("Lyon","FR","Auvergne-Rhône-Alpes",1), 0, "foiled a knife attack", mod="foiled"),
  E("Arrests", "Police Forces of France", "Islamic State", "2018-10-11", L("Lyon","FR","Auvergne-Rhône-Alpes",1), 0, "arresting a 19-year-old"))
N("2023-04-28", "On 27 April 2023, the Home Office warned that the terrorist threat level remained 'substantial' and that further attacks on crowded places were likely.")
N("2019-09-05", "The International Criminal Court on 4 September 2019 upheld the conviction of a former militia leader for murders committed in Ituri in 2002 and 2003.")
N("2020-05-15", "Casualties: Yemen's conflict has killed an estimated 100,000 people since 2015, according to a monitoring group's update released on 14 May 2020.")
N("2024-12-09", "On 8 December 2024, Al Shabaab warned in a radio broadcast that it would attack any clan militia that cooperated with the government in Hiraan.")
N("2017-11-22", "On 21 November 2017, the regional governor of Kidal said the town was calm but that checkpoints would be reinforced ahead of the elections; there were no reports of violence.")
N("2021-02-17", "A court in Paris on 16 February 2021 opened the trial of 14 people accused of helping the gunmen in the 2015 attacks; the defendants denied all charges.")
N("2026-02-03", "The NGO's annual report, published on 2 February 2026, counted 412 kidnappings in Zamfara state in 2025, a 15 % rise on the previous year.")
N("2018-04-05", "Looting: on 3 April 2018, Anti-Balaka militiamen looted the health centre and pharmacy in Bambouti (Haut-Mbomou) and burned 12 houses before withdrawing. No casualties were reported.",
  E("Looting/property destruction", "Anti-Balaka", "Civilians (Central African Republic)", "2018-04-03", L("Bambouti","CF","Haut-Mbomou",1), 0, "looted the health centre and pharmacy"))
N("2022-03-30", "On 28 March 2022, Russian soldiers retreating from Trostianets (Sumy) reportedly ransacked the town's hospital and a school. On 29 March, Ukrainian forces said they had regained full control of the town.",
  E("Looting/property destruction", "Military Forces of Russia", "Civilians (Ukraine)", "2022-03-28", L("Trostianets","UA","Sumy",1), 0, "ransacked the town's hospital and a school"),
  E("Government regains territory", "Military Forces of Ukraine", "Military Forces of Russia", "2022-03-29", L("Trostianets","UA","Sumy",1), None, "regained full control"))
N("2015-10-07", "Property destruction: on 5 October 2015, Islamic State militants dynamited an ancient tower tomb near Tadmur (Homs). There were no reported casualties.",
  E("Looting/property destruction", "Islamic State (Syria)", None, "2015-10-05", L("Tadmur","SY","Homs",2), 0, "dynamited an ancient tower tomb"))
N("2019-11-26", "On 24 November 2019, ADF fighters burned down 20 houses and a church in Mantumbi (North Kivu), after residents had fled. Two days later, they abducted 4 farmers near Oicha (North Kivu).",
  E("Looting/property destruction", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", "2019-11-24", L("Mantumbi","CD","North Kivu",1), 0, "burned down 20 houses and a church"),
  E("Abduction/forced disappearance", "Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", "2019-11-26", L("Oicha","CD","North Kivu",2), 0, "abducted 4 farmers"))
N("2024-05-22", "Around 19 May 2024 (week of), gang members of the 400 Mawozo looted several warehouses in Croix-des-Bouquets (Ouest) and set a fuel depot alight. No injuries were reported.",
  E("Looting/property destruction", "400 Mawozo", None, "2024-05-19", L("Croix-des-Bouquets","HT","Ouest",1), 0, "looted several warehouses"))
N("2021-07-18", "On 16 July 2021, NPA rebels torched 3 construction trucks at a road project site in Las Navas (Northern Samar) and left a note demanding 'revolutionary taxes'.",
  E("Looting/property destruction", "New People's Army", None, "2021-07-16", L("Las Navas","PH","Northern Samar",1), 0, "torched 3 construction trucks"))
N("2012-12-10", "On 8 December 2012, Seleka rebels seized the town of Ndélé (Bamingui-Bangoran) after government troops fled, and looted the gendarmerie and the prefecture.",
  E("Non-state actor overtakes territory", "Seleka", "Military Forces of the Central African Republic", "2012-12-08", L("Ndélé","CF","Bamingui-Bangoran",1), None, "seized the town"),
  E("Looting/property destruction", "Seleka", "Government of the Central African Republic", "2012-12-08", L("Ndélé","CF","Bamingui-Bangoran",1), 0, "looted the gendarmerie and the prefecture"))
N("2020-05-14", "On 12 May 2020, members of a Fulani militia stole dozens of cattle from herders in Bankass (Mopti) and burned the granaries of the village.",
  E("Looting/property destruction", "Fulani Ethnic Militia (Mali)", "Civilians (Mali)", "2020-05-12", L("Bankass","ML","Mopti",1), 0, "stole dozens of cattle"))
N("2023-11-02", "Property destruction: on 31 October 2023, settlers set fire to 2 houses and several cars in Huwara (Nablus), Palestinian officials said. No one was injured.",
  E("Looting/property destruction", "Israeli Settlers", "Civilians (Palestine)", "2023-10-31", L("Huwara","PS","West Bank",1), 0, "set fire to 2 houses and several cars"))
N("2016-07-11", "On 9 July 2016, unidentified arsonists burned down the office of an opposition party in Kasese (Western region); police said nobody was hurt.",
  E("Looting/property destruction", "Unidentified Armed Group (Uganda)", "Forum for Democratic Change", "2016-07-09", L("Kasese","UG","Kasese",1), 0, "burned down the office of an opposition party"))
N("2025-09-18", "On 16 September 2025, Sudanese army soldiers reportedly looted shops in the market of El Obeid (North Kordofan) after recapturing a nearby village. No casualties.",
  E("Looting/property destruction", "Military Forces of Sudan", "Civilians (Sudan)", "2025-09-16", L("El Obeid","SD","North Kordofan",1), 0, "looted shops"))
N("2017-05-03", "On 1 May 2017, the Taliban announced the start of their spring offensive, which they named 'Operation Mansouri'; there were no immediate reports of fighting.",
  E("Change to group/activity", "Taliban", None, "2017-05-01", L("Afghanistan","AF",None,4), 0, "announced the start of their spring offensive"))
N("2019-05-09", "On 7 May 2019, commanders of two Anti-Balaka factions in Bossangoa (Ouham) announced that their groups had merged and named a new joint leader.",
  E("Change to group/activity", "Anti-Balaka", None, "2019-05-07", L("Bossangoa","CF","Ouham",1), 0, "had merged"))
N("2016-08-25", "Around 21 August 2016 (week of), a group of fighters of the ELN front in Chocó announced they were laying down their arms and would join the FARC peace process.",
  E("Change to group/activity", "National Liberation Army", None, "2016-08-21", L("Chocó","CO","Chocó",3), 0, "announced they were laying down their arms", pl="RETREAT"))
N("2020-03-14", "On 12 March 2020, the Islamic State Sahel announced a new governor for its Menaka sector in a statement circulated on Telegram.",
  E("Change to group/activity", "Islamic State Sahel", None, "2020-03-12", L("Ménaka","ML","Ménaka",3), 0, "announced a new governor"))
N("2018-11-14", "On 12 November 2018, the Allied Democratic Forces leader was replaced by his deputy after a meeting near Beni (North Kivu), according to defectors.",
  E("Change to group/activity", "Allied Democratic Forces", None, "2018-11-12", L("Beni","CD","North Kivu",2), 0, "was replaced by his deputy"))
N("2022-07-20", "On 18 July 2022, the People's Defence Force battalion in Kale (Sagaing) said it would place itself under the command of the National Unity Government's defence ministry.",
  E("Change to group/activity", "People's Defence Force", None, "2022-07-18", L("Kale","MM","Sagaing",1), 0, "would place itself under the command", pl="SUPPORT"))
N("2021-01-27", "On 25 January 2021, Boko Haram fighters in the Sambisa forest near Gwoza (Borno) defected to ISWAP, local sources said, with around 40 fighters joining the rival group.",
  E("Change to group/activity", "Boko Haram", "Islamic State West Africa Province", "2021-01-25", L("Gwoza","NG","Borno",2), 0, "defected to ISWAP"))
N("2015-06-19", "On 17 June 2015, a group of Tuareg rebels in Anefis (Kidal) announced the creation of a new movement, the Coalition for the People of Azawad.",
  E("Change to group/activity", "Coalition for the People of Azawad", None, "2015-06-17", L("Anefis","ML","Kidal",1), 0, "announced the creation of a new movement"))
N("2024-03-20", "On 18 March 2024, the Arakan Army named a new spokesman and announced it would administer the towns it controls in northern Rakhine through 'people's administrations'.",
  E("Change to group/activity", "Arakan Army", None, "2024-03-18", L("Rakhine","MM","Rakhine",3), 0, "named a new spokesman"))
N("2023-08-30", "On 28 August 2023, FARC dissident commander 'Calarcá' announced that his faction was suspending offensive operations in Guaviare (Guaviare) ahead of talks with the government.",
  E("Change to group/activity", "FARC Dissidents", None, "2023-08-28", L("Guaviare","CO","Guaviare",3), 0, "was suspending offensive operations", pl="RETREAT"))
N("2019-02-16", "On 14 February 2019, Hayat Tahrir al-Sham dissolved its women's police unit in Idlib city (Idlib) and announced a reorganisation of its security apparatus.",
  E("Change to group/activity", "Hayat Tahrir al-Sham", None, "2019-02-14", L("Idlib","SY","Idlib",1), 0, "announced a reorganisation"))
N("2025-11-05", "On 3 November 2025, a Mai-Mai commander in Walikale (North Kivu) announced he had switched sides and joined the AFC/M23 coalition along with his fighters.",
  E("Change to group/activity", "Mai-Mai Militia", "M23: March 23 Movement", "2025-11-03", L("Walikale","CD","North Kivu",2), 0, "switched sides", pl="SUPPORT"))
N("2014-02-20", "On 19 February 2014, Ukrainian riot police used clubs, rubber bullets and later live ammunition to clear protesters from the square in Kharkiv (Kharkiv), killing 2; protesters threw Molotov cocktails in return.",
  E("Excessive force against protesters", "Police Forces of Ukraine", "Protesters (Ukraine)", "2014-02-19", L("Kharkiv","UA","Kharkiv",1), 2, "live ammunition"),
  E("Violent demonstration", "Rioters (Ukraine)", "Police Forces of Ukraine", "2014-02-19", L("Kharkiv","UA","Kharkiv",1), 0, "threw Molotov cocktails"))
N("2020-11-12", "On 10 November 2020, the Ethiopian federal police announced the arrest of 242 people in Addis Ababa (Addis Ababa) accused of planning attacks on behalf of the TPLF.",
  E("Arrests", "Police Forces of Ethiopia", "TPLF: Tigray People's Liberation Front", "2020-11-10", L("Addis Ababa","ET","Addis Ababa",1), 0, "announced the arrest of 242 people"))
N("2017-01-18", "On 16 January 2017, the Turkish police detained a suspected Islamic State recruiter in Esenyurt, Istanbul (Istanbul).",
  E("Arrests", "Police Forces of Turkey", "Islamic State", "2017-01-16", L("Istanbul","TR","Istanbul",1), 0, "detained a suspected Islamic State recruiter"))
N("2022-06-11", "On 9 June 2022, the Taliban's intelligence service arrested a former army officer in Herat (Herat); he has not been seen since, his family said.",
  E("Arrests", "Taliban", "Military Forces of Afghanistan", "2022-06-09", L("Herat","AF","Herat",1), 0, "arrested a former army officer"))
N("2024-08-04", "On 2 August 2024, police in Sunderland (England) arrested 8 people after rioters attacked a police station and set a car on fire.",
  E("Arrests", "Police Forces of the United Kingdom", "Rioters (United Kingdom)", "2024-08-02", L("Sunderland","GB","England",1), 0, "arrested 8 people"),
  E("Violent demonstration", "Rioters (United Kingdom)", "Police Forces of the United Kingdom", "2024-08-02", L("Sunderland","GB","England",1), 0, "rioters attacked a police station"))
N("2021-12-03", "Alleged PKK members were rounded up by Turkish gendarmes in Cizre (Şırnak) on 1 December 2021; 17 people were detained.",
  E("Arrests", "Police Forces of Turkey", "PKK: Kurdistan Workers' Party", "2021-12-01", L("Cizre","TR","Şırnak",1), 0, "were rounded up"))
N("2013-05-17", "On 15 May 2013, the Ministry of Defence said the army had released 20 prisoners held in Gao (Gao) after they were cleared of links to MUJAO.",
  E("Other", "Military Forces of Mali", "Civilians (Mali)", "2013-05-15", L("Gao","ML","Gao",1), 0, "had released 20 prisoners", pl="CONCEDE"))
N("2019-10-15", "On 13 October 2019, Turkish-backed forces announced a curfew in Tel Abyad (Raqqa) and ordered residents to stay indoors. Separately, the US said it was pulling its troops out of the area.",
  E("Other", "Syrian National Army", "Civilians (Syria)", "2019-10-13", L("Tel Abyad","SY","Raqqa",1), 0, "announced a curfew"),
  E("Other", "Military Forces of the United States", None, "2019-10-13", L("Tel Abyad","SY","Raqqa",2), 0, "was pulling its troops out", pl="RETREAT"))
N("2022-02-26", "On 24 February 2022, the regional administration of Zakarpattia declared a night curfew in Uzhhorod (Zakarpattia) following Russia's invasion.",
  E("Other", "Government of Ukraine", "Civilians (Ukraine)", "2022-02-24", L("Uzhhorod","UA","Zakarpattia",1), 0, "declared a night curfew", pl="COERCE"))
N("2016-04-09", "On 7 April 2016, the Nigerian army deployed additional battalions to Monguno (Borno) in preparation for an offensive; no fighting was reported.",
  E("Other", "Military Forces of Nigeria", None, "2016-04-07", L("Monguno","NG","Borno",1), 0, "deployed additional battalions", pl="MOBILIZE"))
N("2024-10-22", "On 20 October 2024, the bodies of 6 men with gunshot wounds were found dumped by a road near Zitácuaro (Michoacán); it is not known who killed them or when.",
  E("Other", None, "Civilians (Mexico)", "2024-10-20", L("Zitácuaro","MX","Michoacán",2), 0, "the bodies of 6 men", pl="ACCUSE"))
N("2020-09-21", "On 19 September 2020, Al Shabaab released a local journalist it had held for two months in Jilib (Middle Juba).",
  E("Other", "Al Shabaab", "Civilians (Somalia)", "2020-09-19", L("Jilib","SO","Middle Juba",1), 0, "released a local journalist", pl="CONCEDE"))
N("2018-12-18", "On 16 December 2018, the Nicaraguan police raided and closed the offices of an independent newspaper in Managua (Managua).",
  E("Other", "Police Forces of Nicaragua", "Civilians (Nicaragua)", "2018-12-16", L("Managua","NI","Managua",1), 0, "raided and closed the offices", pl="SANCTION"))
N("2023-07-29", "On 26 July 2023, members of the presidential guard detained the president in Bissau (Bissau); the army later said it had taken power.",
  E("Arrests", "Military Forces of Guinea-Bissau", "Government of Guinea-Bissau", "2023-07-26", L("Bissau","GW","Bissau",1), 0, "detained the president"),
  E("Other", "Military Forces of Guinea-Bissau", "Government of Guinea-Bissau", "2023-07-26", L("Bissau","GW","Bissau",1), 0, "had taken power", pl="COERCE"))
N("2011-11-09", "On 7 November 2011, Israeli navy ships intercepted 2 boats heading to Gaza with activists and aid on board; the activists were taken to Ashdod (Southern District) and detained.",
  E("Other", "Military Forces of Israel", "Civilians (International)", "2011-11-07", L("Ashdod","IL","Southern District",1), 0, "intercepted 2 boats", pl="COERCE"))
N("2021-04-15", "The ELN on 13 April 2021 threatened to attack any company that continued to operate in Arauca without paying its 'war tax'.")
N("2019-08-02", "On 1 August 2019, the interior ministry said 1,134 people had been killed in Cameroon's anglophone regions since 2017.")
N("2016-03-30", "A military tribunal in Bukavu on 29 March 2016 acquitted two officers charged with rape in Minova; rights groups criticised the verdict.")
N("2024-01-06", "On 5 January 2024, analysts warned that Houthi missile launches at shipping could resume 'within days' if talks failed.")
N("2010-10-08", "Opinion: Ten years after the war began, the bombing campaign has not broken the insurgency, a former general wrote on 7 October 2010.")
N("2022-11-25", "On 24 November 2022, the Taliban said they were investigating reports that their fighters had beaten a shopkeeper in Faizabad, but gave no date for the incident.")
N("2018-09-06", "On 5 September 2018, the trial of 4 men accused of planting a bomb at the Kampala bus station in 2015 was adjourned until November.")
N("2017-02-15", "On 13 February 2017, Islamic State fighters fired shells filled with chlorine at Iraqi army positions in Al-Tayaran (Ninewa), injuring 7 soldiers; the army then shelled IS positions in the area with artillery, killing 5 militants.",
  E("Chemical weapon", "Islamic State (Iraq)", "Military Forces of Iraq", "2017-02-13", L("Al-Tayaran","IQ","Ninewa",1), 0, "fired shells filled with chlorine"),
  E("Shelling/artillery/missile attack", "Military Forces of Iraq", "Islamic State (Iraq)", "2017-02-13", L("Al-Tayaran","IQ","Ninewa",2), 5, "shelled IS positions"))
N("2015-08-24", "On 21 August 2015, mortar shells containing a mustard agent landed in Marea (Aleppo), affecting dozens of residents; a baby later died. Rebels blamed the Islamic State.",
  E("Chemical weapon", "Islamic State (Syria)", "Civilians (Syria)", "2015-08-21", L("Marea","SY","Aleppo",1), 1, "mortar shells containing a mustard agent landed"))
N("2024-03-13", "On 11 March 2024, Ukraine's military said Russian forces had used tear gas munitions dropped from drones on its positions near Avdiivka (Donetsk) 14 times that day; no deaths were reported.",
  E("Chemical weapon", "Military Forces of Russia", "Military Forces of Ukraine", "2024-03-11", L("Avdiivka","UA","Donetsk",2), 0, "used tear gas munitions dropped from drones", mod="claimed"))
N("2017-04-30", "Around 26 April 2017 (week of), residents of Al-Lataminah (Hama) reported a gas attack by regime aircraft that left 2 people dead; the government denied using chemical weapons.",
  E("Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "2017-04-26", L("Al-Lataminah","SY","Hama",1), 2, "a gas attack by regime aircraft"))
N("2018-06-20", "On 18 June 2018, a chlorine cylinder dropped by a helicopter hit a house in Saraqib (Idlib), causing breathing difficulties for 9 civilians. Nobody was killed.",
  E("Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "2018-06-18", L("Saraqib","SY","Idlib",1), 0, "a chlorine cylinder dropped by a helicopter hit a house"))
N("2023-05-10", "On 8 May 2023, unknown attackers sprayed a toxic substance into a girls' school in Sar-e Pul (Sar-e Pul), sending 60 pupils to hospital. Nobody died.",
  E("Chemical weapon", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", "2023-05-08", L("Sar-e Pul","AF","Sar-e Pol",1), 0, "sprayed a toxic substance"))
N("2020-07-08", "On 6 July 2020, a Cameroonian soldier raped a woman in Muyuka (Southwest) during a house search; the next day, soldiers shot dead 3 young men in Ekona (Southwest), accusing them of being separatists.",
  E("Sexual violence", "Military Forces of Cameroon", "Civilians (Cameroon)", "2020-07-06", L("Muyuka","CM","South-West",1), 0, "raped a woman"),
  E("Attack", "Military Forces of Cameroon", "Civilians (Cameroon)", "2020-07-07", L("Ekona","CM","South-West",1), 3, "shot dead 3 young men"))
N("2021-05-13", "On 11 May 2021, Eritrean soldiers reportedly gang-raped 4 women in Hawzen (Tigray), according to a health worker.",
  E("Sexual violence", "Military Forces of Eritrea", "Civilians (Ethiopia)", "2021-05-11", L("Hawzen","ET","Tigray",1), 0, "gang-raped 4 women"))
N("2019-08-30", "On 28 August 2019, Boko Haram fighters forced 2 abducted girls into marriage in a camp near Bama (Borno), a former captive said.",
  E("Sexual violence", "Boko Haram", "Civilians (Nigeria)", "2019-08-28", L("Bama","NG","Borno",2), 0, "forced 2 abducted girls into marriage"))
N("2024-07-09", "On 7 July 2024, RSF fighters sexually assaulted several women during a raid on Sinja (Sennar) and abducted 12 young men.",
  E("Sexual violence", "Rapid Support Forces", "Civilians (Sudan)", "2024-07-07", L("Sinja","SD","Sennar",1), 0, "sexually assaulted several women"),
  E("Abduction/forced disappearance", "Rapid Support Forces", "Civilians (Sudan)", "2024-07-07", L("Sinja","SD","Sennar",1), 0, "abducted 12 young men"))
N("2016-10-26", "A police officer raped a detained woman at the station in Ruiru (Kiambu) on 24 October 2016, a rights group alleged.",
  E("Sexual violence", "Police Forces of Kenya", "Civilians (Kenya)", "2016-10-24", L("Ruiru","KE","Kiambu",1), 0, "raped a detained woman"))
N("2022-01-21", "On 19 January 2022, CODECO militiamen raped 3 women at a displacement site in Djugu (Ituri) and looted food stocks.",
  E("Sexual violence", "CODECO", "Civilians (Democratic Republic of Congo)", "2022-01-19", L("Djugu","CD","Ituri",2), 0, "raped 3 women"),
  E("Looting/property destruction", "CODECO", "Civilians (Democratic Republic of Congo)", "2022-01-19", L("Djugu","CD","Ituri",2), 0, "looted food stocks"))
N("2018-02-21", "On 19 February 2018, Boko Haram militants stormed a girls' school in Babangida (Yobe) and kidnapped 26 pupils. A day later, soldiers clashed with the militants near Gaidam (Yobe); 4 militants were killed.",
  E("Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", "2018-02-19", L("Babangida","NG","Yobe",1), 0, "kidnapped 26 pupils"),
  E("Armed clash", "Military Forces of Nigeria", "Boko Haram", "2018-02-20", L("Gaidam","NG","Yobe",2), 4, "clashed with the militants"))
N("2023-09-07", "On 5 September 2023, gang members abducted a nurse and her driver in Pétion-Ville (Ouest). On 6 September, police exchanged fire with the gang in the same neighbourhood, killing 2 gang members.",
  E("Abduction/forced disappearance", "Unidentified Armed Group (Haiti)", "Civilians (Haiti)", "2023-09-05", L("Pétion-Ville","HT","Ouest",1), 0, "abducted a nurse and her driver"),
  E("Armed clash", "Police Forces of Haiti", "Unidentified Armed Group (Haiti)", "2023-09-06", L("Pétion-Ville","HT","Ouest",1), 2, "exchanged fire with the gang"))
N("2020-10-30", "On 28 October 2020, 2 Indian engineers were kidnapped by gunmen on the road near Kidal (Kidal); their captors have not made contact.",
  E("Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians (India)", "2020-10-28", L("Kidal","ML","Kidal",2), 0, "were kidnapped by gunmen"))
N("2025-03-27", "On 25 March 2025, M23 rebels took control of Walikale (North Kivu) after army units left the town. On 26 March, the rebels opened a new administrative office there and appointed a mayor.",
  E("Non-state actor overtakes territory", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", "2025-03-25", L("Walikale","CD","North Kivu",1), 0, "took control of Walikale"),
  E("Headquarters or base established", "M23: March 23 Movement", None, "2025-03-26", L("Walikale","CD","North Kivu",1), 0, "opened a new administrative office"))
N("2014-06-12", "On 10 June 2014, Islamic State fighters captured the town of Baiji (Salah al-Din) after brief fighting in which 6 soldiers were killed.",
  E("Non-state actor overtakes territory", "Islamic State (Iraq)", "Military Forces of Iraq", "2014-06-10", L("Baiji","IQ","Salah al-Din",1), 6, "captured the town"))
N("2022-11-10", "On 8 November 2022, Islamic State Sahel fighters overran the village of Talataye (Gao) after defeating MSA militiamen; at least 12 MSA fighters were killed.",
  E("Non-state actor overtakes territory", "Islamic State Sahel", "MSA: Movement for the Salvation of Azawad", "2022-11-08", L("Talataye","ML","Gao",1), 12, "overran the village"))
N("2019-01-17", "Around 13 January 2019 (week of), Arakan Army fighters seized 4 police outposts in Buthidaung (Rakhine), killing 13 officers. In response, army helicopters fired rockets at AA positions in nearby hills.",
  E("Non-state actor overtakes territory", "Arakan Army", "Police Forces of Myanmar", "2019-01-13", L("Buthidaung","MM","Rakhine",2), 13, "seized 4 police outposts"),
  E("Air/drone strike", "Military Forces of Myanmar", "Arakan Army", "2019-01-13", L("Buthidaung","MM","Rakhine",2), None, "army helicopters fired rockets"))
N("2016-08-15", "On 13 August 2016, Filipino soldiers regained control of a Abu Sayyaf stronghold in Tipo-Tipo (Basilan) after a 3-hour battle that killed 3 militants; 2 soldiers were wounded.",
  E("Government regains territory", "Military Forces of the Philippines", "Abu Sayyaf", "2016-08-13", L("Tipo-Tipo","PH","Basilan",1), 3, "regained control of a Abu Sayyaf stronghold"))
N("2023-10-04", "On 2 October 2023, the Malian army took back the town of Bourem (Gao) from CSP-PSD rebels, 2 days after they had seized it; the number of casualties was not made public.",
  E("Government regains territory", "Military Forces of Mali", "CSP-PSD", "2023-10-02", L("Bourem","ML","Gao",1), None, "took back the town"))
N("2018-05-23", "On 21 May 2018, Syrian government troops recaptured the Hajar al-Aswad district of Damascus (Damascus) after a three-week offensive against IS; state media reported no casualty figures.",
  E("Government regains territory", "Military Forces of Syria", "Islamic State (Syria)", "2018-05-21", L("Damascus","SY","Damascus",1), None, "recaptured the Hajar al-Aswad district"))
N("2020-04-04", "On 2 April 2020, Chadian troops retook Boma island (Lac) after Boko Haram fighters withdrew; the army said 9 fighters were killed in pursuit operations.",
  E("Government regains territory", "Military Forces of Chad", "Boko Haram", "2020-04-02", L("Boma","TD","Lac",1), 9, "retook Boma island"))
N("2019-02-11", "On 9 February 2019, the Mozambican government and RENAMO agreed to a permanent cessation of hostilities in Gorongosa (Sofala); the same day, RENAMO fighters handed over a former base near Satunjira to the army.",
  E("Agreement", "Government of Mozambique", "RENAMO", "2019-02-09", L("Gorongosa","MZ","Sofala",1), 0, "agreed to a permanent cessation of hostilities"),
  E("Non-violent transfer of territory", "RENAMO", "Military Forces of Mozambique", "2019-02-09", L("Satunjira","MZ","Sofala",2), 0, "handed over a former base"))
N("2023-04-24", "On 22 April 2023, Sudan's army and the RSF agreed a 72-hour truce in Khartoum (Khartoum) to allow the evacuation of foreign nationals; fighting resumed in El Geneina (West Darfur) the next day, leaving 6 dead.",
  E("Agreement", "Military Forces of Sudan", "Rapid Support Forces", "2023-04-22", L("Khartoum","SD","Khartoum",1), 0, "agreed a 72-hour truce"),
  E("Armed clash", "Military Forces of Sudan", "Rapid Support Forces", "2023-04-23", L("El Geneina","SD","West Darfur",1), 6, "fighting resumed"))
N("2020-10-17", "On 16 October 2020, the Libyan Government of National Accord and the LNA agreed in Ghadames (Nalut) to exchange prisoners and reopen the coastal road.",
  E("Agreement", "Government of National Accord", "Libyan National Army", "2020-10-16", L("Ghadames","LY","Nalut",1), 0, "agreed"))
N("2017-09-13", "On 11 September 2017, leaders of the Lendu and Hema communities signed a local peace pact in Bunia (Ituri) under the auspices of the MONUSCO.",
  E("Agreement", "Lendu Ethnic Militia", "Hema Ethnic Militia", "2017-09-11", L("Bunia","CD","Ituri",1), 0, "signed a local peace pact"))
N("2024-06-05", "On 3 June 2024, the Sinaloa Cartel and a local self-defence group reportedly reached a truce in Tacámbaro (Michoacán), according to residents; the authorities did not confirm the agreement.",
  E("Agreement", "Sinaloa Cartel", "Self-Defence Group (Mexico)", "2024-06-03", L("Tacámbaro","MX","Michoacán",1), 0, "reached a truce", mod="claimed"))
N("2022-04-06", "On 4 April 2022, the Kachin Independence Army established a new brigade headquarters near Hpakant (Kachin); the following day, junta jets bombed the area, killing 2 KIA fighters.",
  E("Headquarters or base established", "Kachin Independence Army", None, "2022-04-04", L("Hpakant","MM","Kachin",2), 0, "established a new brigade headquarters"),
  E("Air/drone strike", "Military Forces of Myanmar", "Kachin Independence Army", "2022-04-05", L("Hpakant","MM","Kachin",2), 2, "junta jets bombed the area"))
N("2019-06-25", "On 23 June 2019, Ansaroul Islam militants set up a checkpoint and a base in a school in Arbinda (Soum, Sahel) after teachers fled.",
  E("Headquarters or base established", "Ansaroul Islam", None, "2019-06-23", L("Arbinda","BF","Sahel",1), 0, "set up a checkpoint and a base"))
N("2021-12-16", "On 14 December 2021, Wagner Group contractors moved into a former French base in Timbuktu (Tombouctou), a Malian security source said.",
  E("Headquarters or base established", "Wagner Group", None, "2021-12-14", L("Timbuktu","ML","Tombouctou",1), 0, "moved into a former French base"))
N("2018-09-20", "On 18 September 2018, the Philippine Army opened a new detachment in Barangay Lumbac, Butig (Lanao del Sur), to prevent Maute fighters regrouping.",
  E("Headquarters or base established", "Military Forces of the Philippines", None, "2018-09-18", L("Butig","PH","Lanao del Sur",2), 0, "opened a new detachment"))
N("2023-01-19", "On 17 January 2023, Al Shabaab fighters withdrew from Harardhere (Mudug) and elders handed the town to government-allied clan militias without a fight. Two days later, Somali troops set up a base in the town.",
  E("Non-violent transfer of territory", "Clan Militia (Somalia)", "Al Shabaab", "2023-01-17", L("Harardhere","SO","Mudug",1), 0, "handed the town to government-allied clan militias"),
  E("Headquarters or base established", "Military Forces of Somalia", None, "2023-01-19", L("Harardhere","SO","Mudug",1), 0, "set up a base"))
N("2022-11-12", "On 10 November 2022, Russian troops pulled out of Snihurivka (Mykolaiv) without a fight; on 11 November, Ukrainian forces entered the town.",
  E("Non-violent transfer of territory", "Military Forces of Ukraine", "Military Forces of Russia", "2022-11-11", L("Snihurivka","UA","Mykolaiv",1), 0, "Ukrainian forces entered the town"))
N("2021-09-18", "On 16 September 2021, the Taliban took over the offices of the provincial council in Panjshir (Panjshir) without resistance after the resistance front left the valley floor.",
  E("Non-violent transfer of territory", "Taliban", "National Resistance Front", "2021-09-16", L("Bazarak","AF","Panjshir",1), 0, "took over the offices of the provincial council"))
N("2015-09-09", "On 7 September 2015, UN peacekeepers handed over a camp in Bouar (Nana-Mambéré) to the Central African army.",
  E("Non-violent transfer of territory", "United Nations", "Military Forces of the Central African Republic", "2015-09-07", L("Bouar","CF","Nana-Mambéré",1), 0, "handed over a camp"))
N("2026-02-21", "On 19 February 2026, a woman was stabbed to death by suspected Fulani herders on her farm in Riyom (Plateau); the next day, youths blocked the Jos-Abuja road in protest and burned tyres, and police fired tear gas.",
  E("Attack", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", "2026-02-19", L("Riyom","NG","Plateau",1), 1, "was stabbed to death"),
  E("Violent demonstration", "Rioters (Nigeria)", "Police Forces of Nigeria", "2026-02-20", L("Riyom","NG","Plateau",1), 0, "burned tyres"))
N("2017-10-29", "On 27 October 2017, opposition supporters protesting against the re-run election burned a police post in Kawangware (Nairobi); police shot dead 2 of them. In Kisumu (Kisumu), a crowd beat a man they accused of being a plain-clothes officer.",
  E("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", "2017-10-27", L("Kawangware","KE","Nairobi",1), 2, "burned a police post"),
  E("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)", "2017-10-27", L("Kisumu","KE","Kisumu",1), 0, "a crowd beat a man"))
N("2022-12-02", "On 30 November 2022, university students held peaceful protests in Isfahan (Isfahan) and Shiraz (Fars); in Zahedan (Sistan and Baluchestan), security forces fired live rounds at worshippers protesting after Friday prayers, killing 3.",
  E("Peaceful protest", "Protesters (Iran)", None, "2022-11-30", L("Isfahan","IR","Isfahan",1), 0, "held peaceful protests"),
  E("Peaceful protest", "Protesters (Iran)", None, "2022-11-30", L("Shiraz","IR","Fars",1), 0, "Shiraz"),
  E("Excessive force against protesters", "Police Forces of Iran", "Protesters (Iran)", "2022-11-30", L("Zahedan","IR","Sistan and Baluchestan",1), 3, "fired live rounds at worshippers protesting"))
N("2019-12-20", "On 19 December 2019, police used batons to break up a march against the citizenship law in Hubballi (Karnataka) and later fired on the crowd, killing 2 men. In Bengaluru (Karnataka), police detained a student leader and dozens of other demonstrators.",
  E("Excessive force against protesters", "Police Forces of India", "Protesters (India)", "2019-12-19", L("Hubballi","IN","Karnataka",1), 2, "fired on the crowd"),
  E("Protest with intervention", "Protesters (India)", "Police Forces of India", "2019-12-19", L("Bengaluru","IN","Karnataka",1), 0, "police detained a student leader and dozens of other demonstrators"))
N("2021-07-14", "On 11 July 2021, anti-government protests took place in San Antonio de los Baños (Artemisa), where police arrested dozens of marchers; on 12 July, another crowd in Camagüey (Camagüey) was dispersed by officers with batons, and one protester was shot dead in Holguín (Holguín).",
  E("Protest with intervention", "Protesters (Cuba)", "Police Forces of Cuba", "2021-07-11", L("San Antonio de los Baños","CU","Artemisa",1), 0, "police arrested dozens of marchers"),
  E("Protest with intervention", "Protesters (Cuba)", "Police Forces of Cuba", "2021-07-12", L("Camagüey","CU","Camagüey",1), 0, "was dispersed by officers with batons"),
  E("Excessive force against protesters", "Police Forces of Cuba", "Protesters (Cuba)", "2021-07-12", L("Holguín","CU","Holguín",1), 1, "one protester was shot dead"))
N("2018-04-21", "On 19 April 2018, students protesting pension reforms in León (León) were attacked by police and pro-government groups; 2 students were killed. A march in Masaya (Masaya) the same day was broken up with tear gas.",
  E("Excessive force against protesters", "Police Forces of Nicaragua", "Protesters (Nicaragua)", "2018-04-19", L("León","NI","León",1), 2, "were attacked by police and pro-government groups"),
  E("Protest with intervention", "Protesters (Nicaragua)", "Police Forces of Nicaragua", "2018-04-19", L("Masaya","NI","Masaya",1), 0, "was broken up with tear gas"))
N("2024-11-29", "On 26 November 2024, PTI supporters marching on Islamabad (Islamabad Capital Territory) were met with tear gas at the Srinagar Highway and later with gunfire; the party said at least 4 of its members were killed, the government said no live rounds were fired. Police arrested hundreds.",
  E("Excessive force against protesters", "Police Forces of Pakistan", "Protesters (Pakistan)", "2024-11-26", L("Islamabad","PK","Islamabad Capital Territory",1), 4, "later with gunfire"),
  E("Arrests", "Police Forces of Pakistan", "Protesters (Pakistan)", "2024-11-26", L("Islamabad","PK","Islamabad Capital Territory",1), 0, "Police arrested hundreds"))
N("2020-06-02", "On 31 May 2020, hundreds of people marched peacefully in Louisville (Kentucky) against police violence; later that night, protesters in Minneapolis (Minnesota) set fire to a police precinct, and in Atlanta (Georgia) police used tear gas to clear a crowd from Centennial Olympic Park.",
  E("Peaceful protest", "Protesters (United States)", None, "2020-05-31", L("Louisville","US","Kentucky",1), 0, "marched peacefully"),
  E("Violent demonstration", "Rioters (United States)", "Police Forces of the United States", "2020-05-31", L("Minneapolis","US","Minnesota",1), 0, "set fire to a police precinct"),
  E("Protest with intervention", "Protesters (United States)", "Police Forces of the United States", "2020-05-31", L("Atlanta","US","Georgia",1), 0, "police used tear gas to clear a crowd"))
N("2023-03-09", "On 7 March 2023, tens of thousands joined strikes and rallies against the pension reform in Rennes (Bretagne), Marseille (Provence-Alpes-Côte d'Azur) and Lyon (Auvergne-Rhône-Alpes); in Nantes (Pays de la Loire), masked youths smashed bank windows and police responded with tear gas.",
  E("Peaceful protest", "Protesters (France)", None, "2023-03-07", L("Rennes","FR","Bretagne",1), 0, "joined strikes and rallies"),
  E("Peaceful protest", "Protesters (France)", None, "2023-03-07", L("Marseille","FR","Provence-Alpes-Côte d'Azur",1), 0, "Marseille"),
  E("Peaceful protest", "Protesters (France)", None, "2023-03-07", L("Lyon","FR","Auvergne-Rhône-Alpes",1), 0, "Lyon"),
  E("Violent demonstration", "Rioters (France)", "Police Forces of France", "2023-03-07", L("Nantes","FR","Pays de la Loire",1), 0, "smashed bank windows"))
N("2016-11-17", "On 15 November 2016, residents of Mansa (Luapula) demonstrated against power cuts; police dispersed them with tear gas. The next day, the protest turned violent and a mob attacked a Rwandan-owned shop, injuring the owner.",
  E("Protest with intervention", "Protesters (Zambia)", "Police Forces of Zambia", "2016-11-15", L("Mansa","ZM","Luapula",1), 0, "police dispersed them with tear gas"),
  E("Mob violence", "Rioters (Zambia)", "Civilians (Rwanda)", "2016-11-16", L("Mansa","ZM","Luapula",1), 0, "a mob attacked a Rwandan-owned shop"))
N("2025-10-02", "On 29 September 2025, Gen Z protesters demonstrated peacefully in Antananarivo (Analamanga) over water and power cuts; police fired tear gas and rubber bullets to disperse a second group in Toamasina (Atsinanana), injuring several.",
  E("Peaceful protest", "Protesters (Madagascar)", None, "2025-09-29", L("Antananarivo","MG","Analamanga",1), 0, "demonstrated peacefully"),
  E("Protest with intervention", "Protesters (Madagascar)", "Police Forces of Madagascar", "2025-09-29", L("Toamasina","MG","Atsinanana",1), 0, "fired tear gas and rubber bullets to disperse"))
N("2013-06-03", "On 1 June 2013, police used water cannon to remove demonstrators from a park in Izmir (Izmir); in Ankara (Ankara), protesters threw stones and bottles at police lines and set up barricades.",
  E("Protest with intervention", "Protesters (Turkey)", "Police Forces of Turkey", "2013-06-01", L("Izmir","TR","Izmir",1), 0, "used water cannon to remove demonstrators"),
  E("Violent demonstration", "Rioters (Turkey)", "Police Forces of Turkey", "2013-06-01", L("Ankara","TR","Ankara",1), 0, "threw stones and bottles at police lines"))
N("2019-03-07", "Around 3 March 2019 (week of), residents of Tizi Ouzou (Tizi Ouzou) held a peaceful march against a fifth presidential term; in Bouira (Bouira), police arrested 14 marchers.",
  E("Peaceful protest", "Protesters (Algeria)", None, "2019-03-03", L("Tizi Ouzou","DZ","Tizi Ouzou",1), 0, "held a peaceful march"),
  E("Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria", "2019-03-03", L("Bouira","DZ","Bouira",1), 0, "police arrested 14 marchers"))
N("2020-08-14", "On 12 August 2020, demonstrators gathered outside the prosecutor's office in Bishkek (Chuy) and were pushed back by police with shields; 3 people were detained. Protesters also rallied peacefully in Osh (Osh).",
  E("Protest with intervention", "Protesters (Kyrgyzstan)", "Police Forces of Kyrgyzstan", "2020-08-12", L("Bishkek","KG","Chuy",1), 0, "were pushed back by police with shields"),
  E("Peaceful protest", "Protesters (Kyrgyzstan)", None, "2020-08-12", L("Osh","KG","Osh",1), 0, "rallied peacefully"))
N("2018-01-05", "On 3 January 2018, police shot dead 2 protesters in Tuyserkan (Hamadan) after the crowd refused to disperse; in Najafabad (Isfahan), protesters armed with hunting rifles attacked the police station, killing an officer.",
  E("Excessive force against protesters", "Police Forces of Iran", "Protesters (Iran)", "2018-01-03", L("Tuyserkan","IR","Hamadan",1), 2, "police shot dead 2 protesters"),
  E("Violent demonstration", "Rioters (Iran)", "Police Forces of Iran", "2018-01-03", L("Najafabad","IR","Isfahan",1), 1, "attacked the police station"))
N("2022-02-01", "On 30 January 2022, soldiers used live fire against demonstrators in Omdurman (Khartoum), killing 1, while police dispersed a march in Wad Madani (Al Jazirah) with tear gas. No injuries were reported in Wad Madani.",
  E("Excessive force against protesters", "Military Forces of Sudan", "Protesters (Sudan)", "2022-01-30", L("Omdurman","SD","Khartoum",1), 1, "used live fire against demonstrators"),
  E("Protest with intervention", "Protesters (Sudan)", "Police Forces of Sudan", "2022-01-30", L("Wad Madani","SD","Al Jazirah",1), 0, "police dispersed a march"))
N("2015-05-15", "Protesters against a third presidential term were shot at by police in Musaga, Bujumbura (Bujumbura Mairie) on 13 May 2015, killing 3; in Ngozi (Ngozi), ruling party youths attacked opposition supporters with clubs, injuring several.",
  E("Excessive force against protesters", "Police Forces of Burundi", "Protesters (Burundi)", "2015-05-13", L("Bujumbura","BI","Bujumbura Mairie",1), 3, "were shot at by police"),
  E("Mob violence", "Imbonerakure", "Civilians (Burundi)", "2015-05-13", L("Ngozi","BI","Ngozi",1), 0, "attacked opposition supporters with clubs"))
N("2024-08-08", "On 5 August 2024, a mob set fire to a Hindu temple and houses in Khulna (Khulna) amid unrest, and in Narail (Khulna) a crowd torched a hotel, killing 3 people trapped inside.",
  E("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)", "2024-08-05", L("Khulna","BD","Khulna",1), 0, "a mob set fire to a Hindu temple"),
  E("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)", "2024-08-05", L("Narail","BD","Khulna",1), 3, "a crowd torched a hotel"))
N("2019-09-04", "On 2 September 2019, crowds attacked foreign-owned shops in Malvern, Johannesburg (Gauteng) and looted goods; 1 man died in the violence. In Pretoria (Gauteng), police fired rubber bullets to disperse looters.",
  E("Mob violence", "Rioters (South Africa)", "Civilians (South Africa)", "2019-09-02", L("Johannesburg","ZA","Gauteng",1), 1, "crowds attacked foreign-owned shops"),
  E("Mob violence", "Rioters (South Africa)", "Police Forces of South Africa", "2019-09-02", L("Pretoria","ZA","Gauteng",1), 0, "police fired rubber bullets to disperse looters"))
N("2021-06-23", "On 21 June 2021, residents of Mafa (Borno) lynched a man they accused of spying for Boko Haram. The same day, a bus hit an IED near Mafa, killing 4 passengers.",
  E("Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)", "2021-06-21", L("Mafa","NG","Borno",1), 1, "lynched a man"),
  E("Remote explosive/landmine/IED", "Boko Haram", "Civilians (Nigeria)", "2021-06-21", L("Mafa","NG","Borno",2), 4, "a bus hit an IED"))
N("2017-11-03", "Around 29 October 2017 (week of), angry villagers killed a suspected kidnapper with stones in Gokwe (Midlands). Police said no arrests had been made.",
  E("Mob violence", "Rioters (Zimbabwe)", "Civilians (Zimbabwe)", "2017-10-29", L("Gokwe","ZW","Midlands",1), 1, "killed a suspected kidnapper with stones"))
N("2025-07-16", "On 14 July 2025, a suicide bomber detonated an explosives-laden vehicle at an army checkpoint in Mir Ali (Khyber Pakhtunkhwa), killing 4 soldiers; a second bomber was shot dead before reaching the gate. Troops then fought the remaining militants for 2 hours, killing 3.",
  E("Suicide bomb", "Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan", "2025-07-14", L("Mir Ali","PK","Khyber Pakhtunkhwa",1), 5, "detonated an explosives-laden vehicle"),
  E("Disrupted weapons use", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", "2025-07-14", L("Mir Ali","PK","Khyber Pakhtunkhwa",1), 1, "was shot dead before reaching the gate", mod="foiled"),
  E("Armed clash", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", "2025-07-14", L("Mir Ali","PK","Khyber Pakhtunkhwa",1), 3, "fought the remaining militants"))
N("2018-10-23", "On 21 October 2018, a suicide bomber wearing a police uniform blew himself up at a campaign event in Lashkar Gah (Helmand), killing 3; separately, a roadside mine killed 2 Afghan soldiers in Nad Ali (Helmand).",
  E("Suicide bomb", "Taliban", "Civilians (Afghanistan)", "2018-10-21", L("Lashkar Gah","AF","Helmand",1), 3, "blew himself up"),
  E("Remote explosive/landmine/IED", "Taliban", "Military Forces of Afghanistan", "2018-10-21", L("Nad Ali","AF","Helmand",2), 2, "a roadside mine killed"))
N("2016-03-29", "On 27 March 2016, a suicide attack at a park in Mardan (Khyber Pakhtunkhwa) killed 6 people; Jamaat-ul-Ahrar claimed responsibility.",
  E("Suicide bomb", "Jamaat-ul-Ahrar", "Civilians (Pakistan)", "2016-03-27", L("Mardan","PK","Khyber Pakhtunkhwa",1), 6, "a suicide attack"))
N("2019-11-12", "On 10 November 2019, a female suicide bomber attacked a checkpoint at the entrance to Mora (Far North) but was the only one killed; on 11 November, soldiers defused an explosive belt found in the bush nearby.",
  E("Suicide bomb", "Boko Haram", "Military Forces of Cameroon", "2019-11-10", L("Mora","CM","Far North",1), 1, "a female suicide bomber attacked a checkpoint"),
  E("Disrupted weapons use", "Military Forces of Cameroon", "Boko Haram", "2019-11-11", L("Mora","CM","Far North",2), 0, "defused an explosive belt"))
N("2012-01-08", "On 6 January 2012, a suicide bomber targeted Shia pilgrims in Samawah (Muthanna), killing 17; in Baghdad (Baghdad), a car bomb parked near a bakery killed 4.",
  E("Suicide bomb", "Islamic State of Iraq", "Civilians (Iraq)", "2012-01-06", L("Samawah","IQ","Muthanna",1), 17, "a suicide bomber targeted Shia pilgrims"),
  E("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "2012-01-06", L("Baghdad","IQ","Baghdad",1), 4, "a car bomb parked near a bakery killed"))
N("2019-07-10", "On 8 July 2019, unknown assailants threw a grenade at a bar in Gitega (Gitega), killing 1 person; a second grenade was hurled into a market in Muyinga (Muyinga) the same evening, wounding 4, and police defused an unexploded grenade found near the Muyinga bus park.",
  E("Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", "2019-07-08", L("Gitega","BI","Gitega",1), 1, "threw a grenade"),
  E("Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", "2019-07-08", L("Muyinga","BI","Muyinga",1), 0, "a second grenade was hurled"),
  E("Disrupted weapons use", "Police Forces of Burundi", None, "2019-07-08", L("Muyinga","BI","Muyinga",1), 0, "police defused an unexploded grenade"))
N("2020-11-25", "On 23 November 2020, militants hurled grenades at a CRPF party in Sopore (Jammu and Kashmir) and at the house of a BJP leader in Tral (Jammu and Kashmir); 1 policeman died in Sopore and no one was hurt in Tral. Troops then exchanged fire with the attackers outside Sopore, killing 2 of them.",
  E("Grenade", "Unidentified Armed Group (India)", "Military Forces of India", "2020-11-23", L("Sopore","IN","Jammu and Kashmir",1), 1, "hurled grenades"),
  E("Grenade", "Unidentified Armed Group (India)", "Bharatiya Janata Party", "2020-11-23", L("Tral","IN","Jammu and Kashmir",1), 0, "at the house of a BJP leader"),
  E("Armed clash", "Military Forces of India", "Unidentified Armed Group (India)", "2020-11-23", L("Sopore","IN","Jammu and Kashmir",2), 2, "exchanged fire with the attackers"))
N("2013-04-16", "On 14 April 2013, a grenade exploded at a nightclub in Lubumbashi (Katanga), killing 2; the next day, a crowd beat to death a man suspected of being the attacker, and police arrested 5 people in connection with the lynching.",
  E("Grenade", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", "2013-04-14", L("Lubumbashi","CD","Katanga",1), 2, "a grenade exploded"),
  E("Mob violence", "Rioters (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", "2013-04-15", L("Lubumbashi","CD","Katanga",1), 1, "a crowd beat to death"),
  E("Arrests", "Police Forces of the Democratic Republic of Congo", "Rioters (Democratic Republic of Congo)", "2013-04-15", L("Lubumbashi","CD","Katanga",1), 0, "police arrested 5 people"))
N("2022-05-19", "On 17 May 2022, a Russian drone dropped a grenade on a car in Ruska Lozova (Kharkiv), wounding the driver; Russian artillery also shelled Derhachi (Kharkiv), killing 1 civilian, and a Ukrainian drone dropped 2 grenades on a Russian position near Ternova (Kharkiv).",
  E("Grenade", "Military Forces of Russia", "Civilians (Ukraine)", "2022-05-17", L("Ruska Lozova","UA","Kharkiv",1), 0, "dropped a grenade on a car"),
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2022-05-17", L("Derhachi","UA","Kharkiv",1), 1, "shelled Derhachi"),
  E("Grenade", "Military Forces of Ukraine", "Military Forces of Russia", "2022-05-17", L("Ternova","UA","Kharkiv",2), None, "dropped 2 grenades"))
N("2010-02-17", "On 15 February 2010, grenades were tossed into 2 bars in Tampico (Tamaulipas), killing 1 customer; on 16 February, soldiers seized 30 grenades and rifles at a safe house in the city and arrested 3 Gulf Cartel members.",
  E("Grenade", "Gulf Cartel", "Civilians (Mexico)", "2010-02-15", L("Tampico","MX","Tamaulipas",1), 1, "grenades were tossed"),
  E("Disrupted weapons use", "Military Forces of Mexico", "Gulf Cartel", "2010-02-16", L("Tampico","MX","Tamaulipas",1), 0, "seized 30 grenades and rifles"),
  E("Arrests", "Military Forces of Mexico", "Gulf Cartel", "2010-02-16", L("Tampico","MX","Tamaulipas",1), 0, "arrested 3 Gulf Cartel members"))
N("2016-12-13", "On 11 December 2016, a suicide bomber blew himself up at a church in Minya (Minya), killing 9 worshippers; the Islamic State claimed the attack. Separately, a roadside bomb wounded 3 police officers in Arish (North Sinai), and gunmen shot dead a Christian shopkeeper in the same city.",
  E("Suicide bomb", "Islamic State (Egypt)", "Civilians (Egypt)", "2016-12-11", L("Minya","EG","Minya",1), 10, "blew himself up"),
  E("Remote explosive/landmine/IED", "Islamic State (Egypt)", "Police Forces of Egypt", "2016-12-11", L("Arish","EG","North Sinai",1), 0, "a roadside bomb wounded 3 police officers"),
  E("Attack", "Islamic State (Egypt)", "Civilians (Egypt)", "2016-12-11", L("Arish","EG","North Sinai",1), 1, "shot dead a Christian shopkeeper"))
N("2019-03-06", "On 4 March 2019, Saudi-led coalition aircraft struck Houthi positions in Hays (Al Hudaydah), killing 6 fighters, while Houthi artillery shelled a residential area of Al Khawkhah (Al Hudaydah), killing 2 civilians. Giants Brigades fighters also clashed with the Houthis east of Hays, and Saudi air defences intercepted a Houthi missile over Jizan (Jizan). Separately, the Houthis released 14 detained fishermen in Al Khawkhah.",
  E("Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah", "2019-03-04", L("Hays","YE","Al Hudaydah",1), 6, "aircraft struck Houthi positions"),
  E("Shelling/artillery/missile attack", "Ansar Allah", "Civilians (Yemen)", "2019-03-04", L("Al Khawkhah","YE","Al Hudaydah",1), 2, "Houthi artillery shelled"),
  E("Armed clash", "Giants Brigades", "Ansar Allah", "2019-03-04", L("Hays","YE","Al Hudaydah",2), None, "clashed with the Houthis"),
  E("Disrupted weapons use", "Military Forces of Saudi Arabia", "Ansar Allah", "2019-03-04", L("Jizan","SA","Jizan",1), 0, "intercepted a Houthi missile", mod="foiled"),
  E("Other", "Ansar Allah", "Civilians (Yemen)", "2019-03-04", L("Al Khawkhah","YE","Al Hudaydah",1), 0, "released 14 detained fishermen", pl="CONCEDE"))
N("2017-06-11", "On 8 June 2017, an Al Shabaab suicide car bomber rammed the gate of a Puntland army base in Af Urur (Bari), killing 8 soldiers; the militants then overran the base and looted its weapons store before withdrawing the next morning.",
  E("Suicide bomb", "Al Shabaab", "Puntland Security Forces", "2017-06-08", L("Af Urur","SO","Bari",1), 8, "suicide car bomber rammed the gate"),
  E("Non-state actor overtakes territory", "Al Shabaab", "Puntland Security Forces", "2017-06-08", L("Af Urur","SO","Bari",1), None, "overran the base"),
  E("Looting/property destruction", "Al Shabaab", "Puntland Security Forces", "2017-06-08", L("Af Urur","SO","Bari",1), 0, "looted its weapons store"))
N("2024-02-25", "On 21 February 2024, a Burkinabè army drone struck a JNIM gathering near Djibo (Sahel), killing at least 15 militants, according to the army. On 22 February, a VDP convoy hit an IED near Djibo, killing 3. Local sources said JNIM later named a new emir for the Djibo area.",
  E("Air/drone strike", "Military Forces of Burkina Faso", "JNIM: Group for Support of Islam and Muslims", "2024-02-21", L("Djibo","BF","Sahel",2), 15, "drone struck a JNIM gathering"),
  E("Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims", "VDP: Volunteers for the Defense of the Homeland", "2024-02-22", L("Djibo","BF","Sahel",2), 3, "hit an IED"),
  E("Change to group/activity", "JNIM: Group for Support of Islam and Muslims", None, None, L("Djibo","BF","Sahel",2), 0, "named a new emir"))
N("2024-09-08", "On 6 September 2024, a Russian Iskander missile struck a training ground near Myrhorod (Poltava), killing 4 soldiers, and artillery shelled Nikopol (Dnipropetrovsk), killing 1 man; in Kherson (Kherson), a shell hit a bus stop, killing 2. Ukrainian air defences shot down 2 further missiles over Poltava (Poltava), and a Ukrainian drone struck an oil depot near Azov (Rostov), causing a fire but no casualties.",
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Military Forces of Ukraine", "2024-09-06", L("Myrhorod","UA","Poltava",2), 4, "a Russian Iskander missile struck"),
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2024-09-06", L("Nikopol","UA","Dnipropetrovsk",1), 1, "artillery shelled Nikopol"),
  E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "2024-09-06", L("Kherson","UA","Kherson",1), 2, "a shell hit a bus stop"),
  E("Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia", "2024-09-06", L("Poltava","UA","Poltava",1), 0, "shot down 2 further missiles", mod="foiled"),
  E("Air/drone strike", "Military Forces of Ukraine", None, "2024-09-06", L("Azov","RU","Rostov",2), 0, "a Ukrainian drone struck an oil depot"))
N("2018-03-21", "On 18 March 2018, suspected Abu Sayyaf members beheaded a kidnapped fisherman in Patikul (Sulu). On 19 March, military aircraft bombed Abu Sayyaf camps in the hills of Patikul, and 3 Abu Sayyaf members surrendered to the army in Jolo (Sulu) the following day.",
  E("Attack", "Abu Sayyaf", "Civilians (Philippines)", "2018-03-18", L("Patikul","PH","Sulu",1), 1, "beheaded a kidnapped fisherman"),
  E("Air/drone strike", "Military Forces of the Philippines", "Abu Sayyaf", "2018-03-19", L("Patikul","PH","Sulu",2), None, "bombed Abu Sayyaf camps"),
  E("Change to group/activity", "Abu Sayyaf", "Military Forces of the Philippines", "2018-03-20", L("Jolo","PH","Sulu",1), 0, "surrendered to the army", pl="RETREAT"))
N("2023-08-12", "On 10 August 2023, coca growers protesting in Caranavi (La Paz) threw dynamite sticks at police and set fire to a toll booth; in Coroico (La Paz), police opened fire to clear a roadblock, killing 1 protester. A third group burned tyres on the highway near Chulumani (La Paz).",
  E("Violent demonstration", "Rioters (Bolivia)", "Police Forces of Bolivia", "2023-08-10", L("Caranavi","BO","La Paz",1), 0, "threw dynamite sticks at police"),
  E("Excessive force against protesters", "Police Forces of Bolivia", "Protesters (Bolivia)", "2023-08-10", L("Coroico","BO","La Paz",1), 1, "police opened fire to clear a roadblock"),
  E("Violent demonstration", "Rioters (Bolivia)", None, "2023-08-10", L("Chulumani","BO","La Paz",2), 0, "burned tyres on the highway"))
N("2025-02-04", "On 2 February 2025, the FPRC and UPC announced in Birao (Vakaga) that they would form a joint command, and the FPRC named a new chief of staff. The same day, FPRC fighters looted the Birao market; the prefect then imposed a curfew on the town.",
  E("Change to group/activity", "FPRC: Popular Front for the Renaissance of the Central African Republic", "UPC: Union for Peace in the Central African Republic", "2025-02-02", L("Birao","CF","Vakaga",1), 0, "would form a joint command", pl="COOPERATE"),
  E("Change to group/activity", "FPRC: Popular Front for the Renaissance of the Central African Republic", None, "2025-02-02", L("Birao","CF","Vakaga",1), 0, "named a new chief of staff"),
  E("Looting/property destruction", "FPRC: Popular Front for the Renaissance of the Central African Republic", "Civilians (Central African Republic)", "2025-02-02", L("Birao","CF","Vakaga",1), 0, "looted the Birao market"),
  E("Other", "Government of the Central African Republic", "Civilians (Central African Republic)", "2025-02-02", L("Birao","CF","Vakaga",1), 0, "imposed a curfew"))
N("2021-10-14", "On 12 October 2021, soldiers burned around 30 houses in Falam (Chin) after a clash nearby. The authorities also cut mobile internet in the township and ordered residents of 3 wards to leave their homes.",
  E("Looting/property destruction", "Military Forces of Myanmar", "Civilians (Myanmar)", "2021-10-12", L("Falam","MM","Chin",1), 0, "burned around 30 houses"),
  E("Other", "Military Forces of Myanmar", "Civilians (Myanmar)", "2021-10-12", L("Falam","MM","Chin",1), 0, "cut mobile internet", pl="SANCTION"),
  E("Other", "Military Forces of Myanmar", "Civilians (Myanmar)", "2021-10-12", L("Falam","MM","Chin",1), 0, "ordered residents of 3 wards to leave", pl="COERCE"))
N("2022-05-06", "On 3 May 2022, Gulf Clan gunmen killed a social leader in Tierralta (Córdoba). On 4 May, during an armed strike declared by the group, a motorbike bomb exploded near a police station in Caucasia (Antioquia), wounding 2 officers; the army announced it was sending 500 additional troops to the region.",
  E("Attack", "Gulf Clan", "Civilians (Colombia)", "2022-05-03", L("Tierralta","CO","Córdoba",1), 1, "killed a social leader"),
  E("Remote explosive/landmine/IED", "Gulf Clan", "Police Forces of Colombia", "2022-05-04", L("Caucasia","CO","Antioquia",1), 0, "a motorbike bomb exploded"),
  E("Other", "Military Forces of Colombia", None, "2022-05-04", L("Antioquia","CO","Antioquia",3), 0, "was sending 500 additional troops", pl="MOBILIZE"))
N("2016-10-27", "On 25 October 2016, Islamic State suicide car bombs hit Peshmerga lines twice: one exploded at Bashiqa (Ninewa), killing 2, and another near Topzawa (Ninewa), killing 1; a third was destroyed by a Peshmerga anti-tank missile before reaching its target. Peshmerga and IS fighters fought in Bashiqa through the afternoon, and IS fired mortars at Peshmerga positions, killing 1.",
  E("Suicide bomb", "Islamic State (Iraq)", "Peshmerga", "2016-10-25", L("Bashiqa","IQ","Ninewa",1), 2, "one exploded at Bashiqa"),
  E("Suicide bomb", "Islamic State (Iraq)", "Peshmerga", "2016-10-25", L("Topzawa","IQ","Ninewa",2), 1, "another near Topzawa"),
  E("Disrupted weapons use", "Peshmerga", "Islamic State (Iraq)", "2016-10-25", L("Bashiqa","IQ","Ninewa",2), 0, "was destroyed by a Peshmerga anti-tank missile", mod="foiled"),
  E("Armed clash", "Peshmerga", "Islamic State (Iraq)", "2016-10-25", L("Bashiqa","IQ","Ninewa",1), None, "fought in Bashiqa"),
  E("Shelling/artillery/missile attack", "Islamic State (Iraq)", "Peshmerga", "2016-10-25", L("Bashiqa","IQ","Ninewa",1), 1, "fired mortars at Peshmerga positions"))
N("2022-07-21", "On 19 July 2022, an IED killed 3 Nigerien soldiers escorting a convoy near Tillia (Tahoua); a second device damaged a truck near Tahoua town (Tahoua) without casualties, and soldiers found and detonated a third on the same road. Militants also stole about 80 head of cattle from herders outside Tillia.",
  E("Remote explosive/landmine/IED", "Islamic State Sahel", "Military Forces of Niger", "2022-07-19", L("Tillia","NE","Tahoua",2), 3, "an IED killed 3 Nigerien soldiers"),
  E("Remote explosive/landmine/IED", "Islamic State Sahel", "Civilians (Niger)", "2022-07-19", L("Tahoua","NE","Tahoua",2), 0, "a second device damaged a truck"),
  E("Disrupted weapons use", "Military Forces of Niger", "Islamic State Sahel", "2022-07-19", L("Tahoua","NE","Tahoua",2), 0, "found and detonated a third", mod="foiled"),
  E("Looting/property destruction", "Islamic State Sahel", "Civilians (Niger)", "2022-07-19", L("Tillia","NE","Tahoua",2), 0, "stole about 80 head of cattle"))
N("2024-06-07", "On 5 June 2024, RSF fighters attacked the village of Um Adara (Al Jazirah), killing 9 villagers; a Sudanese army drone later struck RSF vehicles near the village, killing 4 fighters. The state government declared a curfew in the surrounding locality on the same day.",
  E("Attack", "Rapid Support Forces", "Civilians (Sudan)", "2024-06-05", L("Um Adara","SD","Al Jazirah",1), 9, "attacked the village"),
  E("Air/drone strike", "Military Forces of Sudan", "Rapid Support Forces", "2024-06-05", L("Um Adara","SD","Al Jazirah",2), 4, "drone later struck RSF vehicles"),
  E("Other", "Government of Sudan", "Civilians (Sudan)", "2024-06-05", L("Um Adara","SD","Al Jazirah",2), 0, "declared a curfew"))
N("2020-03-02", "On 1 March 2020, the defence ministry said it had no information about reports of an explosion at an arms depot in the north and would investigate.")
N("2023-10-20", "Rebels warned on 19 October 2023 that they would shell the airport in Goma if government jets continued flights from there; no shelling has taken place.")
N("2015-04-01", "In a video released on 31 March 2015, the group's leader threatened to kill foreign hostages unless a ransom was paid within a week.")
N("2019-12-31", "Year in review (30 December 2019): 2019 saw 1,820 protest events in Iraq, of which 312 involved lethal force, according to a monitoring group.")
N("2026-03-11", "On 10 March 2026, a military court in Kinshasa sentenced 3 soldiers to death in absentia for desertion during fighting near Goma; the defence said it would appeal.")
N("2012-09-13", "The president condemned 'any incitement to violence' on 12 September 2012 and appealed for calm ahead of planned demonstrations at the weekend.")
finish()
