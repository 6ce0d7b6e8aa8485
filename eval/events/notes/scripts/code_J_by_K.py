#!/usr/bin/env python3
"""Annotator K, round "articles": whole news articles with their event coding.
Writes ../double-K-codes-J.jsonl (annotator K codes J's first 10 texts blind).
An event's evidence is given as (trigger phrase, 1-based occurrence); byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, or 'rel:<Weekday>' (latest such weekday on/before published), 'rel:-N' (N days before)."""
import json, re, sys, atexit, datetime, collections
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


ST = {
 'AC': ('Battles', 'Armed clash', 'ASSAULT'),
 'GRT': ('Battles', 'Government regains territory', 'ASSAULT'),
 'NSO': ('Battles', 'Non-state actor overtakes territory', 'ASSAULT'),
 'CW': ('Explosions/Remote violence', 'Chemical weapon', 'ASSAULT'),
 'AIR': ('Explosions/Remote violence', 'Air/drone strike', 'ASSAULT'),
 'SB': ('Explosions/Remote violence', 'Suicide bomb', 'ASSAULT'),
 'SH': ('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'ASSAULT'),
 'IED': ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'ASSAULT'),
 'GR': ('Explosions/Remote violence', 'Grenade', 'ASSAULT'),
 'SV': ('Violence against civilians', 'Sexual violence', 'ASSAULT'),
 'ATK': ('Violence against civilians', 'Attack', 'ASSAULT'),
 'ABD': ('Violence against civilians', 'Abduction/forced disappearance', 'ASSAULT'),
 'PP': ('Protests', 'Peaceful protest', 'PROTEST'),
 'PWI': ('Protests', 'Protest with intervention', 'PROTEST'),
 'EXF': ('Protests', 'Excessive force against protesters', 'ASSAULT'),
 'VD': ('Riots', 'Violent demonstration', 'PROTEST'),
 'MOB': ('Riots', 'Mob violence', 'ASSAULT'),
 'AGR': ('Strategic developments', 'Agreement', 'AGREE'),
 'ARR': ('Strategic developments', 'Arrests', 'COERCE'),
 'CHG': ('Strategic developments', 'Change to group/activity', 'MOBILIZE'),
 'DWU': ('Strategic developments', 'Disrupted weapons use', 'COERCE'),
 'HQ': ('Strategic developments', 'Headquarters or base established', 'MOBILIZE'),
 'LOOT': ('Strategic developments', 'Looting/property destruction', 'COERCE'),
 'NVT': ('Strategic developments', 'Non-violent transfer of territory', 'RETREAT'),
 'OTH': ('Strategic developments', 'Other', 'CONSULT'),
}
PLOVER = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT',
          'THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
MODAL = {'occurred','attempted','planned','foiled','threatened','claimed','denied','hypothetical'}
STYLES = {'wire', 'web', 'local'}
DAYS = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']

ARTS = []
def byte_span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0:
            raise ValueError('trigger %r occurrence %d not found' % (trig, occ))
    s = len(text[:i].encode('utf-8'))
    return s, s + len(trig.encode('utf-8'))

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}
def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False, plover=None):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg, plover=plover)
def resolve_date(d, pub):
    if d is None or not str(d).startswith('rel:'):
        return d
    p = datetime.date.fromisoformat(pub)
    r = d[4:]
    if r.lower() in DAYS:
        k = DAYS.index(r.lower())
        return (p - datetime.timedelta(days=(p.weekday() - k) % 7)).isoformat()
    return (p + datetime.timedelta(days=int(r))).isoformat()


IN = os.path.join(HERE, 'texts-J.jsonl')
OUT = os.path.join(HERE, 'double-K-codes-J.jsonl')
CODES = {}

CODES['article-J-0001'] = [
 E('SB', 'Boko Haram', 'Civilians (Nigeria)', '2016-02-09', L('Damaturu', 'NG', 'Yobe'), 19, 'Two female suicide bombers blew themselves up'),
 E('SB', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2016-01-14', L('Potiskum', 'NG', 'Yobe'), 4, 'a suicide bomber killed four worshippers', bg=True),
]
CODES['article-J-0002'] = [
 E('ATK', 'Lashkar-e-Jhangvi', 'Civilians (Pakistan)', '2014-06-08', L('Mastung', 'PK', 'Balochistan', 2), 23, "Gunmen opened fire on a bus carrying Shi'ite pilgrims"),
 E('ATK', 'Lashkar-e-Jhangvi', 'Civilians (Pakistan)', '2014-03-04', L('Taftan', 'PK', 'Balochistan', 2), 6, 'a March 4 attack on a pilgrim convoy near Taftan', bg=True),
 E('IED', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', '2014-06-08', L('Turbat', 'PK', 'Balochistan'), 0, 'a roadside bomb struck a Frontier Corps vehicle'),
 E('PP', 'Protesters (Pakistan)', None, '2014-06-09', L('Quetta', 'PK', 'Balochistan'), None, 'hundreds of members of the Hazara community gathered outside the hospital'),
]
CODES['article-J-0003'] = [
 E('IED', 'Al Shabaab', 'Police Forces of Kenya', '2019-10-11', L('Mandera', 'KE', 'Mandera', 2), 7, 'A roadside bomb destroyed a police vehicle'),
 E('LOOT', 'Unidentified Armed Group (Kenya)', None, '2019-10-11', L('Elwak', 'KE', 'Mandera', 2), 0, 'suspected militants set fire to a Safaricom communications mast'),
 E('ATK', 'Al Shabaab', 'Civilians (Kenya)', '2019-01', L('Nairobi', 'KE', 'Nairobi'), 21, '21 at a Nairobi hotel complex in January', bg=True),
]
CODES['article-J-0004'] = [
 E('GRT', 'Military Forces of Iraq', 'Islamic State', '2017-06-05', L('Mosul', 'IQ', 'Ninewa'), 30, 'Iraqi forces on Monday recaptured the Zanjili district'),
 E('SB', 'Islamic State', 'Military Forces of Iraq', '2017-06-05', L('Mosul', 'IQ', 'Ninewa'), 4, 'an Islamic State suicide bomber drove an explosives-laden car into an army checkpoint'),
 E('DWU', 'Military Forces of Iraq', 'Islamic State', '2017-06-05', L('Mosul', 'IQ', 'Ninewa'), None, 'A second car bomb was destroyed by an anti-tank missile'),
 E('AIR', None, 'Civilians (Iraq)', '2017-06-03', L('Mosul', 'IQ', 'Ninewa'), 8, 'an air strike on Saturday night that flattened a house'),
 E('CHG', 'Islamic State', None, '2014-07', L('Mosul', 'IQ', 'Ninewa'), None, 'declared a caliphate', bg=True),
]
CODES['article-J-0005'] = [
 E('ATK', 'TTP: Tehreek-i-Taliban Pakistan', 'Civilians (Pakistan)', '2014-12-16', L('Peshawar', 'PK', 'Khyber Pakhtunkhwa'), 140, 'Pakistani Taliban gunmen stormed the building', bg=True),
]
CODES['article-J-0006'] = [
 E('EXF', 'Military Forces of Myanmar', 'Protesters (Myanmar)', '2021-03-15', L('Myingyan', 'MM', 'Mandalay'), 4, 'Myanmar security forces opened fire on anti-coup protesters'),
 E('PP', 'Protesters (Myanmar)', None, '2021-03-15', L('Dawei', 'MM', 'Tanintharyi'), None, 'thousands marched peacefully'),
 E('ARR', 'Police Forces of Myanmar', 'Civilians (Myanmar)', '2021-03-15', L('Dawei', 'MM', 'Tanintharyi'), None, 'plainclothes police detained Ko Zaw Min'),
]
CODES['article-J-0007'] = [
 E('AIR', 'Military Forces of Ethiopia', 'Civilians (Ethiopia)', '2021-06-23', L('Adi Mesino', 'ET', 'Tigray'), 51, 'An air strike hit a busy market'),
 E('AC', 'TPLF: Tigray Peoples Liberation Front', 'Military Forces of Ethiopia', '2021-06-21', L('Samre', 'ET', 'Tigray', 2), 10, 'Tigrayan forces ambushed an army convoy near Samre'),
]
CODES['article-J-0008'] = [
 E('NSO', 'Islamic State Central Africa Province', 'Police Forces of Mozambique', '2020-05-28', L('Macomia', 'MZ', 'Cabo Delgado'), None, 'Dozens of fighters entered Macomia'),
 E('LOOT', 'Islamic State Central Africa Province', None, '2020-05-28', L('Macomia', 'MZ', 'Cabo Delgado'), None, 'looted shops and a bank branch'),
 E('GRT', 'Military Forces of Mozambique', 'Islamic State Central Africa Province', '2020-05-30', L('Macomia', 'MZ', 'Cabo Delgado'), 12, 'they had retaken the town of Macomia'),
 E('ATK', 'Islamic State Central Africa Province', 'Civilians (Mozambique)', '2020-04-07', L('Xitaxi', 'MZ', 'Cabo Delgado'), 52, 'insurgents killed 52 young men', bg=True),
 E('NSO', 'Islamic State Central Africa Province', None, '2020-03', L('Mocimboa da Praia', 'MZ', 'Cabo Delgado'), None, 'briefly occupied the port town of Mocimboa da Praia', bg=True),
]
CODES['article-J-0009'] = [
 E('GR', 'Unidentified Armed Group (Central African Republic)', 'Civilians (Central African Republic)', '2014-05-28', L('Bangui', 'CF', 'Bangui'), 2, 'A grenade thrown into a crowd at a market'),
 E('AC', 'Anti-Balaka', 'Ex-Seleka', '2014-05-27', L('Boda', 'CF', 'Lobaye'), 11, 'clashes between Christian and Muslim militias killed at least 11 people'),
 E('PWI', 'Protesters (Central African Republic)', 'MISCA: African-led International Support Mission in the Central African Republic', '2014-05-29', L('Bangui', 'CF', 'Bangui'), 0, 'several hundred residents of the PK5 district marched'),
]
CODES['article-J-0010'] = [
 E('AC', 'CPI (Maoist)', 'Police Forces of India', '2017-03-11', L('Kottacheru', 'IN', 'Chhattisgarh', 2), 12, 'Maoists triggered an improvised explosive device'),
 E('AC', 'CPI (Maoist)', 'Police Forces of India', '2010-04-06', L('Tadmetla', 'IN', 'Chhattisgarh'), 76, 'the Maoists ambushed a CRPF company at Tadmetla', bg=True),
]

def main():
    out = []; nev = nbg = 0; errs = []
    for line in open(IN, encoding='utf-8'):
        d = json.loads(line)
        text = d['text']; pub = d['published']
        evs = []
        for e in CODES.get(d['id'], []):
            et, sub, pl = ST[e['st']]
            if e['plover']: pl = e['plover']
            assert pl in PLOVER and e['mod'] in MODAL
            try:
                s, t = byte_span(text, e['trig'], e['occ'])
            except ValueError as ex:
                errs.append((d['id'], str(ex))); continue
            assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
            evs.append({'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                        'actor1': e['a1'], 'actor2': e['a2'], 'date': resolve_date(e['date'], pub), 'location': e['loc'],
                        'fatalities': e['fat'], 'background': bool(e['bg']),
                        'evidence': {'start': s, 'end': t, 'text': e['trig']}})
            nev += 1; nbg += bool(e['bg'])
        if d['id'] not in CODES: errs.append((d['id'], 'not coded'))
        out.append({'id': d['id'], 'source_file': 'annotator-written', 'license': 'CC0-1.0 (written for tidings training by an annotator)',
                    'published': pub, 'text': text, 'events': evs})
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('double-coded %d texts, %d events (%d background)' % (len(out), nev, nbg))

main()
