#!/usr/bin/env python3
"""code_F_by_G.py — annotator G double-codes annotator F's first 10 texts (texts-F.jsonl) blind,
without looking at F's coding. Writes double-G-codes-F.jsonl in the articles format."""
import json, datetime, sys
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
sys.argv = sys.argv[:1]
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'build_G.py')).read().split('# ---------------------------------------------------------------- articles')[0]
     .replace('atexit.register(main)', ''))

TEXTS = {}
for line in open(os.path.join(HERE, 'texts-F.jsonl')):
    o = json.loads(line)
    TEXTS[o['id']] = o

CODES = {
 'article-F-0001': ('wire', [
   E('AC', 'stormed a military base', 'Islamic State West Africa Province', 'Military Forces of Nigeria', 'wd:tue',
     L('Malam Fatori', 'NG', 'Borno', 1), fat=23),
   E('NSO', 'briefly overran the town and its base', 'Islamic State West Africa Province', 'Military Forces of Nigeria', '2019-09',
     L('Malam Fatori', 'NG', 'Borno', 1), bg=True),
   E('GRT', 'troops drove them out', 'Military Forces of Nigeria', 'Islamic State West Africa Province', '2019-09',
     L('Malam Fatori', 'NG', 'Borno', 1), bg=True),
   E('IED', 'struck a landmine', 'Boko Haram', 'Civilians (Nigeria)', 'wd:wed',
     L('Damboa', 'NG', 'Borno', 2), fat=4),
 ]),
 'article-F-0002': ('web', [
   E('IED', 'A car packed with explosives blew up', 'Al Shabaab', 'Police Forces of Somalia', 'wd:tue',
     L('Mogadishu', 'SO', 'Banadir', 1), fat=8),
   E('IED', 'a truck bomb blamed on al-Shabaab killed more than 500 people', 'Al Shabaab', 'Civilians (Somalia)', '2017-10',
     L('Mogadishu', 'SO', 'Banadir', 1), fat=500, bg=True),
   E('AC', 'besieged a hotel near the presidential palace', 'Al Shabaab', 'Military Forces of Somalia', '2024-03',
     L('Mogadishu', 'SO', 'Banadir', 1), fat=3, bg=True),
 ]),
 'article-F-0003': ('wire', [
   E('AC', 'Militants attacked a police checkpoint', 'TTP: Tehreek-i-Taliban Pakistan', 'Police Forces of Pakistan', 'wd:tue',
     L('Jani Khel', 'PK', 'Khyber Pakhtunkhwa', 1), fat=5),
   E('IED', 'a roadside bomb struck a military vehicle', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', 'wd:tue',
     L('Mir Ali', 'PK', 'Khyber Pakhtunkhwa', 1), fat=2),
   E('SB', 'suicide bombing of a mosque', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan', '2023-01',
     L('Peshawar', 'PK', 'Khyber Pakhtunkhwa', 1), fat=80, bg=True),
 ]),
 'article-F-0004': ('wire', [
   E('SH', 'Russian missiles slammed into an industrial district of Kharkiv', 'Military Forces of Russia', 'Civilians (Ukraine)', 'wd:thu',
     L('Kharkiv', 'UA', 'Kharkiv', 1), fat=3),
   E('AIR', 'a swarm of drones set a grain terminal ablaze', 'Military Forces of Russia', None, 'wd:thu',
     L('Odesa', 'UA', 'Odesa', 1), fat=0),
   E('AIR', 'a Russian guided bomb strike', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-05',
     L('Kharkiv', 'UA', 'Kharkiv', 1), fat=19, bg=True),
 ]),
 'article-F-0005': ('web', [
   E('ATK', 'shot dead five members of one family', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'wd:sun',
     L('Celaya', 'MX', 'Guanajuato', 1), fat=5),
   E('ATK', 'gunmen opened fire on mourners', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-04',
     L('Villagrán', 'MX', 'Guanajuato', 1), fat=7, bg=True),
 ]),
 'article-F-0006': ('web', [
   E('PWI', 'fired tear gas and water cannon', 'Protesters (Kenya)', 'Police Forces of Kenya', 'wd:mon',
     L('Nairobi', 'KE', 'Nairobi', 1)),
   E('VD', 'demonstrators set fire to a police post', 'Rioters (Kenya)', 'Police Forces of Kenya', 'wd:mon',
     L('Nakuru', 'KE', 'Nakuru', 1), fat=1),
   E('PP', 'marched peacefully to the county offices', 'Protesters (Kenya)', None, 'wd:mon',
     L('Kisumu', 'KE', 'Kisumu', 1), fat=0),
   E('VD', 'demonstrators breached the parliament compound', 'Rioters (Kenya)', 'Police Forces of Kenya', '2024-06-25',
     L('Nairobi', 'KE', 'Nairobi', 1), fat=6, bg=True),
 ]),
 'article-F-0007': ('web', [
   E('ATK', 'stabbed people at random', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-08-17',
     L('Bad Kreuznach', 'DE', 'Rhineland-Palatinate', 1), fat=2, bg=True),
   E('ATK', 'truck attack on a Berlin Christmas market', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2016-12',
     L('Berlin', 'DE', 'Berlin', 1), fat=13, bg=True),
 ]),
 'article-F-0008': ('wire', [
   E('AIR', 'A Myanmar military airstrike', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'wd:sat',
     L('Let Yet Kone', 'MM', 'Sagaing', 1), fat=11),
   E('NSO', 'had captured a Border Guard Police outpost', 'AA: Arakan Army', 'Police Forces of Myanmar', 'wd:sun',
     L('Maungdaw', 'MM', 'Rakhine', 2), mod='claimed'),
   E('AIR', 'an airstrike on a gathering', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2023-04',
     L('Pazigyi', 'MM', 'Sagaing', 1), fat=160, bg=True),
 ]),
 'article-F-0009': ('web', [
   E('ABD', 'abducted two civilian contractors', 'ELN: National Liberation Army', 'Civilians (Colombia)', 'wd:tue',
     L('Saravena', 'CO', 'Arauca', 2)),
   E('IED', 'an explosive device hidden in a motorcycle went off', 'FARC Dissidents - Central General Staff', 'Police Forces of Colombia', 'wd:wed',
     L('Jamundí', 'CO', 'Valle del Cauca', 1), fat=0),
   E('AGR', 'agreed a six-month bilateral ceasefire', 'Government of Colombia', 'ELN: National Liberation Army', '2023-06',
     L('Havana', 'CU', 'La Habana', 1), bg=True),
 ]),
 'article-F-0010': ('local', [
   E('PWI', 'Four people were arrested Saturday', 'Protesters (United States)', 'Police Forces of the United States', 'wd:sat',
     L('Columbus', 'US', 'Ohio', 1), fat=0),
   E('PP', 'held a candlelight vigil', 'Protesters (United States)', None, 'wd:sat',
     L('Dayton', 'US', 'Ohio', 1), fat=0),
   E('PWI', 'police arrested 12 people', 'Protesters (United States)', 'Police Forces of the United States', '2023-10-14',
     L('Cincinnati', 'US', 'Ohio', 1), bg=True),
 ]),
}

out = []
for aid, o in TEXTS.items():
    style, evs = CODES[aid]
    text, pub = o['text'], o['published']
    recs = []
    for e in evs:
        et, sub, pl = ST[e['st']]
        s, t = span(text, e['trig'], e['occ'])
        assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
        d = resolve(e['date'], pub)
        assert d is None or d <= pub, (aid, d)
        recs.append({'event_type': et, 'sub_event_type': sub, 'plover': e['plover'] or pl, 'modality': e['mod'],
                     'actor1': e['a1'], 'actor2': e['a2'], 'date': d, 'location': e['loc'],
                     'fatalities': e['fat'], 'background': bool(e['bg']),
                     'evidence': {'start': s, 'end': t, 'text': e['trig']}})
    out.append({'id': aid, 'source_file': 'annotator-written',
                'license': 'CC0-1.0 (written for tidings training by an annotator)',
                'style': style, 'published': pub, 'text': text, 'events': recs})
with open(os.path.join(HERE, 'double-G-codes-F.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print('double-coded %d texts, %d events (%d background)' % (len(out), sum(len(o['events']) for o in out),
      sum(e['background'] for o in out for e in o['events'])))
