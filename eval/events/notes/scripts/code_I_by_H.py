#!/usr/bin/env python3
"""Annotator H double-codes annotator I's texts (texts-I.jsonl) without looking at I's coding.
Writes ../double-H-codes-I.jsonl (same format as articles-*.jsonl)."""
import json, re, sys, datetime
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

IN = os.path.join(HERE, 'texts-I.jsonl')
OUT = os.path.join(HERE, 'double-H-codes-I.jsonl')
ST = {
 'AC': ('Battles', 'Armed clash', 'ASSAULT'), 'GRT': ('Battles', 'Government regains territory', 'ASSAULT'),
 'NSO': ('Battles', 'Non-state actor overtakes territory', 'ASSAULT'),
 'AIR': ('Explosions/Remote violence', 'Air/drone strike', 'ASSAULT'),
 'SB': ('Explosions/Remote violence', 'Suicide bomb', 'ASSAULT'),
 'SH': ('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'ASSAULT'),
 'IED': ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'ASSAULT'),
 'GR': ('Explosions/Remote violence', 'Grenade', 'ASSAULT'),
 'SV': ('Violence against civilians', 'Sexual violence', 'ASSAULT'),
 'ATK': ('Violence against civilians', 'Attack', 'ASSAULT'),
 'ABD': ('Violence against civilians', 'Abduction/forced disappearance', 'ASSAULT'),
 'PP': ('Protests', 'Peaceful protest', 'PROTEST'), 'PWI': ('Protests', 'Protest with intervention', 'PROTEST'),
 'EXF': ('Protests', 'Excessive force against protesters', 'ASSAULT'),
 'VD': ('Riots', 'Violent demonstration', 'PROTEST'), 'MOB': ('Riots', 'Mob violence', 'ASSAULT'),
 'AGR': ('Strategic developments', 'Agreement', 'AGREE'), 'ARR': ('Strategic developments', 'Arrests', 'COERCE'),
 'DWU': ('Strategic developments', 'Disrupted weapons use', 'COERCE'),
 'LOOT': ('Strategic developments', 'Looting/property destruction', 'COERCE'),
 'NVT': ('Strategic developments', 'Non-violent transfer of territory', 'RETREAT'),
}
def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}
def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg)

C = {}
C['article-I-0001'] = [
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', '2024-11-20', L('al-Mawasi', 'PS', 'Gaza Strip', 2), 9, 'An Israeli air strike hit a cluster of tents'),
 E('SH', 'Hezbollah', 'Civilians (Israel)', '2024-11-20', L('Nahariya', 'IL', 'Northern District'), 0, 'Hezbollah fired a barrage of about 20 rockets'),
 E('AIR', 'Military Forces of Israel', 'Hezbollah', '2024-11-20', L('Tyre', 'LB', 'South Lebanon', 2), 2, 'An Israeli drone struck a motorbike'),
 E('AC', 'Military Forces of Israel', 'Jenin Brigade', '2024-11-20', L('Jenin', 'PS', 'West Bank'), 1, 'exchanged fire with gunmen of the Jenin Brigade'),
 E('AIR', 'Military Forces of Israel', 'Hezbollah', '2024-11-18', L('Beirut', 'LB', 'Beirut'), 4, 'an Israeli strike on the Ras al-Nabaa district of Beirut', bg=True),
]
C['article-I-0002'] = [
 E('IED', 'Islamic State (Iraq)', 'Civilians (Iraq)', '2025-03-11', L('Tuz Khurmatu', 'IQ', 'Salah ad Din'), 14, "Tuesday's car bombing"),
 E('ARR', 'Military Forces of Iraq', 'Islamic State (Iraq)', '2025-03-12', L('Kirkuk', 'IQ', 'Kirkuk'), None, 'had arrested three suspects'),
 E('IED', 'Unidentified Armed Group (Iraq)', 'Police Forces of Iraq', '2023-07', L('Tuz Khurmatu', 'IQ', 'Salah ad Din'), 9, 'a truck bomb outside a police station', bg=True),
 E('PP', 'Protesters (Iraq)', None, '2025-03-13', L('Tuz Khurmatu', 'IQ', 'Salah ad Din'), None, 'staged a sit-in'),
]
C['article-I-0003'] = [
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-05-18', L('Pirna', 'DE', 'Saxony'), 0, 'threw bottles filled with petrol', bg=True),
 E('ARR', 'Police Forces of Germany', 'Unidentified Armed Group (Germany)', '2024-06-04', L('Pirna', 'DE', 'Saxony'), None, 'Police arrested the three in raids', bg=True),
 E('ARR', 'Police Forces of Germany', 'Unidentified Armed Group (Germany)', '2024-06-04', L('Heidenau', 'DE', 'Saxony'), None, 'Police arrested the three in raids', bg=True),
 E('PP', 'Protesters (Germany)', None, '2025-02-11', L('Dresden', 'DE', 'Saxony'), None, 'gathered peacefully'),
 E('VD', 'Rioters (Germany)', 'Police Forces of Germany', '2015-08-21', L('Heidenau', 'DE', 'Saxony'), None, 'clashed with police for two nights', bg=True),
 E('VD', 'Rioters (Germany)', 'Police Forces of Germany', '2015-08-22', L('Heidenau', 'DE', 'Saxony'), None, 'clashed with police for two nights', bg=True),
]
C['article-I-0004'] = [
 E('AC', 'Jalisco New Generation Cartel', 'Carteles Unidos', '2025-05-11', L('La Ruana', 'MX', 'Michoacan', 2), 6, 'clashed for several hours'),
 E('ARR', 'Military Forces of Mexico', 'Unidentified Armed Group (Mexico)', '2025-05-12', L('La Ruana', 'MX', 'Michoacan'), None, 'officers arrested nine people'),
 E('IED', 'Unidentified Armed Group (Mexico)', 'Military Forces of Mexico', '2025-05-10', L('Catalinas', 'MX', 'Michoacan', 2), 0, 'an explosive device buried on a dirt road detonated'),
 E('IED', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2025-01-23', L('El Alcalde', 'MX', 'Michoacan', 2), 2, 'a landmine on the road to El Alcalde killed', bg=True),
]
C['article-I-0005'] = [
 E('NSO', 'National Liberation Army (ELN)', 'FARC Dissidents: 33rd Front', '2025-08-18', L('Campo Dos', 'CO', 'Norte de Santander'), 8, 'clashed for most of Monday'),
 E('ABD', 'Unidentified Armed Group (Colombia)', 'Civilians (Colombia)', '2025-08-17', L('El Tarra', 'CO', 'Norte de Santander', 2), None, 'had abducted a social leader'),
 E('AC', 'National Liberation Army (ELN)', 'FARC Dissidents: 33rd Front', '2025-01', L('Catatumbo', 'CO', 'Norte de Santander', 3), 12, 'the ELN launched an offensive against the dissidents', bg=True),
]
C['article-I-0006'] = [
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2025-06-25', L('Nairobi', 'KE', 'Nairobi'), 3, 'Police opened fire on protesters'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2025-06-25', L('Kitengela', 'KE', 'Kajiado'), 0, 'set fire to a police post'),
 E('PP', 'Protesters (Kenya)', None, '2025-06-25', L('Nyeri', 'KE', 'Nyeri'), None, 'marched through the town centre'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2024-06-25', L('Nairobi', 'KE', 'Nairobi'), None, 'overran police lines', bg=True),
]
C['article-I-0007'] = [
 E('MOB', 'Rioters (Bangladesh)', 'Civilians (Bangladesh)', '2025-02-07', L('Rajshahi', 'BD', 'Rajshahi'), 1, 'was beaten to death by a mob'),
 E('MOB', 'Rioters (Bangladesh)', None, '2025-02-07', L('Gazipur', 'BD', 'Dhaka'), None, 'a crowd set fire to the house'),
 E('MOB', 'Rioters (Bangladesh)', None, '2024-08-05', L('Dhaka', 'BD', 'Dhaka'), None, 'crowds stormed and looted', bg=True),
]
C['article-I-0008'] = [
 E('AC', 'Rapid Support Forces', 'Military Forces of Sudan', '2025-01-15', L('Babanusa', 'SD', 'West Kordofan'), 23, "fought for control of the army's 22nd Infantry Division base"),
 E('ATK', 'Unidentified Armed Group (Sudan)', 'Civilians (Sudan)', '2025-01-15', L('Mellit', 'SD', 'North Darfur', 2), 1, 'gunmen attacked an aid convoy'),
 E('SV', 'Rapid Support Forces', 'Civilians (Sudan)', '2025-01-12', L('Wad al-Nura', 'SD', 'Al Jazirah'), None, 'raped at least seven women and girls'),
 E('ATK', 'Rapid Support Forces', 'Civilians (Sudan)', '2023-06', L('Geneina', 'SD', 'West Darfur'), 100, 'hundreds of Masalit civilians were killed', bg=True),
]
C['article-I-0009'] = [
 E('LOOT', 'Unidentified Armed Group (United States)', None, '2024-10-23', L('Tucson', 'US', 'Arizona'), 0, 'throwing a Molotov cocktail'),
 E('LOOT', 'Unidentified Armed Group (United States)', None, '2024-09-16', L('Tempe', 'US', 'Arizona'), 0, 'fired several rounds through the windows', bg=True),
]
C['article-I-0010'] = [
 E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2025-02-03', L('Gwa', 'MM', 'Rakhine'), 12, 'bombed a market'),
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', '2025-02-02', L('Gwa', 'MM', 'Rakhine'), None, 'the Arakan Army said it had captured the town'),
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', '2024-12', L('Ann', 'MM', 'Rakhine'), None, 'it overran the headquarters', bg=True),
]

def span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0: raise ValueError('not found %r' % trig)
    s = len(text[:i].encode('utf-8')); return s, s + len(trig.encode('utf-8'))

out = []; nev = nbg = 0
for line in open(IN, encoding='utf-8'):
    r = json.loads(line); text = r['text']
    evs = []
    for e in C.get(r['id'], []):
        et, sub, pl = ST[e['st']]
        s, t = span(text, e['trig'], e['occ'])
        assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
        if e['date'] and not e['bg']: assert e['date'] <= r['published'], (r['id'], e['date'])
        evs.append({'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                    'actor1': e['a1'], 'actor2': e['a2'], 'date': e['date'], 'location': e['loc'],
                    'fatalities': e['fat'], 'background': e['bg'],
                    'evidence': {'start': s, 'end': t, 'text': e['trig']}})
        nev += 1; nbg += e['bg']
    if r['id'] not in C: print('NOT CODED', r['id'])
    out.append({'id': r['id'], 'source_file': 'annotator-written',
                'license': 'CC0-1.0 (written for tidings training by an annotator)',
                'published': r['published'], 'text': text, 'events': evs})
with open(OUT, 'w', encoding='utf-8') as fh:
    for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print('double-coded %d texts, %d events (%d background)' % (len(out), nev, nbg))
