#!/usr/bin/env python3
"""Annotator J double-codes annotator K's first 10 texts (texts-K.jsonl) without looking at K's coding.
Writes ../double-J-codes-K.jsonl (same format as articles-*.jsonl).
Evidence = (trigger phrase, occurrence counted in the body after the headline line)."""
import json, datetime, sys
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

SRC = os.path.join(HERE, 'texts-K.jsonl')
OUT = os.path.join(HERE, 'double-J-codes-K.jsonl')
ST = {
 'AC': ('Battles', 'Armed clash', 'ASSAULT'),
 'AIR': ('Explosions/Remote violence', 'Air/drone strike', 'ASSAULT'),
 'SB': ('Explosions/Remote violence', 'Suicide bomb', 'ASSAULT'),
 'IED': ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'ASSAULT'),
 'ATK': ('Violence against civilians', 'Attack', 'ASSAULT'),
 'ABD': ('Violence against civilians', 'Abduction/forced disappearance', 'ASSAULT'),
 'PP': ('Protests', 'Peaceful protest', 'PROTEST'),
 'PWI': ('Protests', 'Protest with intervention', 'PROTEST'),
 'EXF': ('Protests', 'Excessive force against protesters', 'ASSAULT'),
 'VD': ('Riots', 'Violent demonstration', 'PROTEST'),
 'MOB': ('Riots', 'Mob violence', 'ASSAULT'),
 'ARR': ('Strategic developments', 'Arrests', 'COERCE'),
}

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg)

CODES = {
 'article-K-0001': [
  E('VD', 'Rioters (Greece)', 'Police Forces of Greece', '2025-12-06', L('Athens', 'GR', 'Attica', 1), 0, 'hurled petrol bombs and stones at riot police'),
  E('PP', 'Protesters (Greece)', None, '2025-12-06', L('Athens', 'GR', 'Attica', 1), None, 'marched peacefully through central Athens'),
  E('PP', 'Protesters (Greece)', None, '2025-12-06', L('Thessaloniki', 'GR', 'Central Macedonia', 1), None, 'walked from the Arch of Galerius'),
  E('ATK', 'Police Forces of Greece', 'Civilians (Greece)', '2008-12-06', L('Athens', 'GR', 'Attica', 1), 1, 'shot dead 15-year-old Alexandros Grigoropoulos', bg=True),
 ],
 'article-K-0002': [
  E('SB', 'Islamic State', 'Civilians (France)', '2015-11-13', L('Saint-Denis', 'FR', 'Ile-de-France', 1), 1, 'three suicide bombers blew themselves up', bg=True),
  E('ATK', 'Islamic State', 'Civilians (France)', '2015-11-13', L('Paris', 'FR', 'Ile-de-France', 2), 39, 'gunmen opened fire on café and restaurant terraces', bg=True),
  E('ATK', 'Islamic State', 'Civilians (France)', '2015-11-13', L('Paris', 'FR', 'Ile-de-France', 1), 90, 'three attackers stormed the Bataclan', bg=True),
  E('SB', 'Islamic State', 'Civilians (Belgium)', '2016-03-22', L('Zaventem', 'BE', 'Flanders', 1), 16, 'two suicide bombers blew themselves up', bg=True),
  E('SB', 'Islamic State', 'Civilians (Belgium)', '2016-03-22', L('Brussels', 'BE', 'Brussels', 1), 16, 'a third detonated his explosives', bg=True),
  E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2016-07-14', L('Nice', 'FR', "Provence-Alpes-Cote d'Azur", 1), 86, 'drove a 19-tonne truck into crowds', bg=True),
 ],
 'article-K-0003': [],
 'article-K-0004': [
  E('VD', 'Rioters (United States)', 'Police Forces of the United States', '2025-06-08', L('Los Angeles', 'US', 'California', 1), 0, 'hurled rocks and chunks of concrete'),
  E('PWI', 'Protesters (United States)', 'Police Forces of the United States', '2025-06-07', L('Paramount', 'US', 'California', 1), None, 'fired pepper balls and flash-bang grenades at protesters', bg=True),
 ],
 'article-K-0005': [
  E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-05-29', L('La Concordia', 'MX', 'Chiapas', 2), 6, 'gunmen ambushed their caravan'),
  E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-04-01', L('Celaya', 'MX', 'Guanajuato', 1), 1, 'was shot dead minutes after she opened her campaign', bg=True),
  E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-05-19', L('Coyuca de Benitez', 'MX', 'Guerrero', 1), 1, 'gunmen killed José Alfredo Cabrera', bg=True),
 ],
 'article-K-0006': [],
 'article-K-0007': [
  E('EXF', 'Police Forces of Iraq', 'Protesters (Iraq)', '2025-07-22', L('Nasiriyah', 'IQ', 'Dhi Qar', 1), 1, 'opened fire on demonstrators'),
  E('PP', 'Protesters (Iraq)', None, '2025-07-22', L('Basra', 'IQ', 'Basra', 2), None, 'blocked the road to the Umm Qasr port'),
  E('EXF', 'Police Forces of Iraq', 'Protesters (Iraq)', '2019-11-28', L('Nasiriyah', 'IQ', 'Dhi Qar', 1), 25, 'security forces killed at least 25 protesters', bg=True),
 ],
 'article-K-0008': [
  E('ATK', 'Unidentified Armed Group (United Kingdom)', 'Civilians (United Kingdom)', '2024-07-29', L('Southport', 'GB', 'England', 1), 3, 'attacked children at a Taylor Swift-themed holiday club', bg=True),
  E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', '2024-07-30', L('Southport', 'GB', 'England', 1), None, 'a crowd attacked the Southport mosque', bg=True),
  E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', '2024-07-31', L('Hartlepool', 'GB', 'England', 1), None, 'rioters in Hartlepool attacked police', bg=True),
 ],
 'article-K-0009': [
  E('ATK', 'Unidentified Armed Group (Serbia)', 'Protesters (Serbia)', '2025-05-19', L('Kraljevo', 'RS', 'Raska', 1), None, 'attacked students who were blocking a road'),
  E('PP', 'Protesters (Serbia)', None, '2025-05-19', L('Belgrade', 'RS', 'Belgrade', 1), None, 'marched from the Faculty of Law'),
  E('ATK', 'Unidentified Armed Group (Serbia)', 'Protesters (Serbia)', '2025-01', L('Belgrade', 'RS', 'Belgrade', 1), None, 'a driver rammed a car into students', bg=True),
 ],
 'article-K-0010': [
  E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2023-05-14', L('Marseille', 'FR', "Provence-Alpes-Cote d'Azur", 1), 3, 'were shot dead'),
  E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2023-04-24', L('Marseille', 'FR', "Provence-Alpes-Cote d'Azur", 1), 3, 'gunmen killed three young men', bg=True),
  E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2023-05-02', L('Marseille', 'FR', "Provence-Alpes-Cote d'Azur", 1), 1, 'was shot dead at a bus stop', bg=True),
 ],
}

def span(text, trig, occ):
    pos = text.index('\n')
    for _ in range(occ):
        pos = text.find(trig, pos + 1)
        if pos < 0:
            raise ValueError(trig)
    s = len(text[:pos].encode()); e = s + len(trig.encode())
    assert text.encode()[s:e].decode() == trig
    return s, e

out = []; bad = []
for line in open(SRC):
    d = json.loads(line)
    evs = []
    if d['id'] not in CODES:
        bad.append('not coded: ' + d['id']); continue
    for ev in CODES[d['id']]:
        try:
            et, st, pl = ST[ev['st']]
            s, e = span(d['text'], ev['trig'], ev['occ'])
            if ev['date']:
                datetime.date.fromisoformat(ev['date'] if len(ev['date']) == 10 else ev['date'] + '-01')
                assert ev['date'] <= d['published']
            evs.append({'event_type': et, 'sub_event_type': st, 'plover': pl, 'modality': ev['mod'],
                        'actor1': ev['a1'], 'actor2': ev['a2'], 'date': ev['date'], 'location': ev['loc'],
                        'fatalities': ev['fat'], 'background': ev['bg'],
                        'evidence': {'start': s, 'end': e, 'text': ev['trig']}})
        except Exception as ex:
            bad.append('%s: %r' % (d['id'], ex))
    out.append({'id': d['id'], 'source_file': 'annotator-written',
                'license': 'CC0-1.0 (written for tidings training by an annotator)',
                'style': {'article-K-0003': 'local', 'article-K-0006': 'local'}.get(d['id'], 'web'), 'published': d['published'], 'text': d['text'], 'events': evs})
if bad:
    print('\n'.join(bad), file=sys.stderr); sys.exit(1)
with open(OUT, 'w') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print('texts %d events %d background %d' % (len(out), sum(len(r['events']) for r in out),
      sum(1 for r in out for e in r['events'] if e['background'])))
