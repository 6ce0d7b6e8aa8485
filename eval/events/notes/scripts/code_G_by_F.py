#!/usr/bin/env python3
"""Annotator F double-codes annotator G's first 10 texts (texts-G.jsonl) without seeing G's coding.
Writes ../double-F-codes-G.jsonl in the articles format. Evidence = (trigger, 1-based occurrence)."""
import json, re, sys, datetime
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

ST = {
 'AC': ('Battles', 'Armed clash', 'ASSAULT'), 'GRT': ('Battles', 'Government regains territory', 'ASSAULT'),
 'NSO': ('Battles', 'Non-state actor overtakes territory', 'ASSAULT'),
 'AIR': ('Explosions/Remote violence', 'Air/drone strike', 'ASSAULT'), 'SB': ('Explosions/Remote violence', 'Suicide bomb', 'ASSAULT'),
 'SH': ('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'ASSAULT'),
 'IED': ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'ASSAULT'), 'GR': ('Explosions/Remote violence', 'Grenade', 'ASSAULT'),
 'ATK': ('Violence against civilians', 'Attack', 'ASSAULT'), 'ABD': ('Violence against civilians', 'Abduction/forced disappearance', 'ASSAULT'),
 'SV': ('Violence against civilians', 'Sexual violence', 'ASSAULT'),
 'PP': ('Protests', 'Peaceful protest', 'PROTEST'), 'PWI': ('Protests', 'Protest with intervention', 'PROTEST'),
 'EXF': ('Protests', 'Excessive force against protesters', 'ASSAULT'),
 'VD': ('Riots', 'Violent demonstration', 'PROTEST'), 'MOB': ('Riots', 'Mob violence', 'ASSAULT'),
 'AGR': ('Strategic developments', 'Agreement', 'AGREE'), 'ARR': ('Strategic developments', 'Arrests', 'COERCE'),
 'CHG': ('Strategic developments', 'Change to group/activity', 'MOBILIZE'), 'DWU': ('Strategic developments', 'Disrupted weapons use', 'COERCE'),
 'LOOT': ('Strategic developments', 'Looting/property destruction', 'COERCE'), 'OTH': ('Strategic developments', 'Other', 'CONSULT'),
}
DAYS = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg)

def resolve_date(d, pub):
    if d is None or not str(d).startswith('rel:'): return d
    p = datetime.date.fromisoformat(pub); r = d[4:]
    if r.lower() in DAYS:
        return (p - datetime.timedelta(days=(p.weekday() - DAYS.index(r.lower())) % 7)).isoformat()
    return (p + datetime.timedelta(days=int(r))).isoformat()

def byte_span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0: raise ValueError('trigger %r occurrence %d not found' % (trig, occ))
    s = len(text[:i].encode('utf-8'))
    return s, s + len(trig.encode('utf-8'))

NG, SO, PK, MX, IN, CD, SD, PH, CO, MM = 'NG SO PK MX IN CD SD PH CO MM'.split()
CODES = {
 'article-G-0001': [
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Sunday', L('Kaura Namoda', NG, 'Zamfara', 2), 1, 'abducted at least 31 people'),
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2021-02', L('Jangebe', NG, 'Zamfara'), None, 'gunmen seized 279 schoolgirls', bg=True),
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2024-05-03', L('Kaura Namoda', NG, 'Zamfara', 2), None, 'bandits kidnapped 11 travellers', bg=True),
 ],
 'article-G-0002': [
  E('IED', 'Al Shabaab', 'Civilians (Somalia)', 'rel:Thursday', L('Mogadishu', SO, 'Banaadir'), 9, 'A car bomb exploded'),
  E('SH', 'Unidentified Armed Group (Somalia)', None, 'rel:Thursday', L('Mogadishu', SO, 'Banaadir'), 0, 'several mortar shells landed'),
  E('SB', 'Al Shabaab', 'Civilians (Somalia)', '2017-10-14', L('Mogadishu', SO, 'Banaadir'), 500, 'a suicide truck bomb blamed on the group exploded', bg=True),
 ],
 'article-G-0003': [
  E('AC', 'Tehrik-i-Taliban Pakistan', 'Police Forces of Pakistan', 'rel:Monday', L('Tajazai', PK, 'Khyber Pakhtunkhwa'), 5, 'militants attacked a police checkpost'),
  E('IED', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', 'rel:Sunday', L('Domel', PK, 'Khyber Pakhtunkhwa'), None, 'a roadside bomb struck a vehicle of the Frontier Corps', bg=True),
  E('SB', 'Tehrik-i-Taliban Pakistan', 'Police Forces of Pakistan', '2023-01-30', L('Peshawar', PK, 'Khyber Pakhtunkhwa'), 80, 'a suicide bomber blew himself up inside a mosque', bg=True),
 ],
 'article-G-0004': [
  E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'rel:Sunday', L('Celaya', MX, 'Guanajuato'), 6, 'opened fire on customers'),
  E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'rel:Monday', L('Valtierrilla', MX, 'Guanajuato', 2), 1, 'found the body of a man with gunshot wounds'),
  E('ATK', 'Santa Rosa de Lima Cartel', 'Civilians (Mexico)', '2020-07', L('Irapuato', MX, 'Guanajuato'), 27, 'gunmen killed 27 people', bg=True),
 ],
 'article-G-0005': [
  E('ATK', 'Lashkar-e-Taiba', 'Civilians (India)', '2008-11-26', L('Mumbai', IN, 'Maharashtra'), 166, 'attacked the Chhatrapati Shivaji Maharaj Terminus railway station', bg=True),
 ],
 'article-G-0006': [
  E('ATK', 'Allied Democratic Forces', 'Civilians (Democratic Republic of Congo)', 'rel:Monday', L('Mayimoya', CD, 'Nord-Kivu'), 18, 'killed at least 18 civilians'),
  E('AC', 'Military Forces of the Democratic Republic of Congo', 'Allied Democratic Forces', 'rel:Tuesday', L('Eringeti', CD, 'Nord-Kivu', 2), 4, 'clashed with ADF fighters near Eringeti'),
  E('ATK', 'Allied Democratic Forces', 'Civilians (Democratic Republic of Congo)', '2024-06', L('Masala', CD, 'Nord-Kivu'), 40, 'ADF fighters killed at least 40 people', bg=True),
  E('NSO', 'M23', 'Military Forces of the Democratic Republic of Congo', '2025-01', L('Goma', CD, 'Nord-Kivu'), None, 'M23 rebels seized the provincial capital Goma', bg=True),
 ],
 'article-G-0007': [
  E('SH', 'Rapid Support Forces', 'Civilians (Sudan)', 'rel:Monday', L('Abu Shouk', SD, 'North Darfur'), 7, 'Shelling by Sudan\'s paramilitary Rapid Support Forces killed'),
  E('AIR', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Monday', L('Nyala', SD, 'South Darfur'), 12, 'its drones had struck RSF positions and vehicles in Nyala', mod='claimed'),
  E('AC', 'Military Forces of Sudan', 'Rapid Support Forces', '2023-04-15', L('Khartoum', SD, 'Khartoum'), None, 'fighting broke out between the two forces in Khartoum', bg=True),
 ],
 'article-G-0008': [
  E('AC', 'Military Forces of the Philippines', 'Dawlah Islamiyah-Maute Group', '2024-02-18', L('Piagapo', PH, 'Lanao del Sur', 2), 3, 'were killed in a firefight with government troops'),
  E('DWU', 'Military Forces of the Philippines', 'Dawlah Islamiyah-Maute Group', 'rel:Monday', L('Maguing', PH, 'Lanao del Sur', 2), None, 'seized improvised explosive device components'),
  E('NSO', 'Dawlah Islamiyah-Maute Group', 'Military Forces of the Philippines', '2017-05-23', L('Marawi', PH, 'Lanao del Sur'), None, 'hundreds of militants overran parts of the city', bg=True),
  E('GRT', 'Military Forces of the Philippines', 'Dawlah Islamiyah-Maute Group', '2017-10', L('Marawi', PH, 'Lanao del Sur'), None, 'declared the city liberated', bg=True),
 ],
 'article-G-0009': [
  E('AIR', 'FARC Dissidents (Estado Mayor Central)', 'Police Forces of Colombia', 'rel:Monday', L('Suárez', CO, 'Cauca'), 1, 'used drones to drop explosives on the police station'),
  E('ATK', 'Unidentified Armed Group (Colombia)', 'Civilians (Colombia)', 'rel:Monday', L('Toribío', CO, 'Cauca', 2), 1, 'gunmen shot dead a member of the indigenous guard'),
  E('PP', 'Protesters (Colombia)', None, 'rel:Tuesday', L('Toribío', CO, 'Cauca'), 0, 'marched through Toribío'),
  E('AGR', 'Government of Colombia', 'Revolutionary Armed Forces of Colombia (FARC)', '2016-11-24', L('Bogotá', CO, 'Bogotá D.C.'), None, 'The peace agreement signed in Bogotá', bg=True),
 ],
 'article-G-0010': [
  E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'rel:Monday', L('Khin-U', MM, 'Sagaing', 2), 17, 'An air strike by Myanmar\'s military on a village school'),
  E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2023-04-11', L('Pazigyi', MM, 'Sagaing'), 160, 'hit a gathering to open a local resistance administration office', bg=True),
 ],
}

def main():
    errs, out = [], []
    texts = [json.loads(l) for l in open(os.path.join(HERE, 'texts-G.jsonl'), encoding='utf-8')]
    nev = nbg = 0
    for t in texts:
        aid, pub, text = t['id'], t['published'], t['text']
        if aid not in CODES: errs.append((aid, 'not coded')); continue
        rec = {'id': aid, 'source_file': 'annotator-written', 'license': 'CC0-1.0 (written for tidings training by an annotator)',
               'style': t.get('style'), 'published': pub, 'text': text, 'events': []}
        for e in CODES[aid]:
            et, sub, pl = ST[e['st']]
            date = resolve_date(e['date'], pub)
            if date and date > pub: errs.append((aid, 'future', date))
            try: s, en = byte_span(text, e['trig'], e['occ'])
            except ValueError as ex: errs.append((aid, str(ex))); continue
            assert text.encode('utf-8')[s:en].decode('utf-8') == e['trig']
            rec['events'].append({'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                'actor1': e['a1'], 'actor2': e['a2'], 'date': date, 'location': e['loc'], 'fatalities': e['fat'],
                'background': e['bg'], 'evidence': {'start': s, 'end': en, 'text': e['trig']}})
            nev += 1; nbg += e['bg']
        if rec['style'] is None: del rec['style']
        out.append(rec)
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    with open(os.path.join(HERE, 'double-F-codes-G.jsonl'), 'w', encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('double-coded %d G texts: %d events (%d background)' % (len(out), nev, nbg))

main()
