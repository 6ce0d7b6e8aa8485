#!/usr/bin/env python3
import os as _os
OUT = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..")
"""Annotator A codes B's blind texts (texts-B.jsonl) -> double-A-codes-B.jsonl. Does not read notes-B/build_B."""
import json, sys
sys.path.insert(0, _os.path.dirname(_os.path.abspath(__file__)))
from _a_common import ST, TAXO, PLOVER, MODAL, L, E, resolve_date, byte_span
C = {}
import atexit
def main():
    errs=[]; out=[]; missing=[]
    for line in open(OUT + '/texts-B.jsonl', encoding='utf-8'):
        t=json.loads(line); nid=t['id']
        if nid not in C: missing.append(nid); continue
        style, evs = C[nid]
        rec={'id':nid,'source_file':'annotator-written','license':'CC0-1.0 (written for tidings training by an annotator)',
             'style':style,'published':t['published'],'text':t['text'],'events':[]}
        for e in evs:
            et,sub,pl=ST[e['st']]
            if e['plover']: pl=e['plover']
            assert pl in PLOVER and e['mod'] in MODAL
            date=resolve_date(e['date'], t['published'])
            try: s0,s1=byte_span(t['text'], e['trig'], e['occ'])
            except ValueError as ex: errs.append((nid,str(ex))); continue
            assert t['text'].encode()[s0:s1].decode()==e['trig']
            rec['events'].append({'event_type':et,'sub_event_type':sub,'plover':pl,'modality':e['mod'],'actor1':e['a1'],'actor2':e['a2'],
                'date':date,'location':e['loc'],'fatalities':e['fat'],'background':e['bg'],'evidence':{'start':s0,'end':s1,'text':e['trig']}})
        out.append(rec)
    with open(OUT + '/double-A-codes-B.jsonl','w',encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False)+'\n')
    for e in errs: print('ERROR',e)
    print('coded',len(out),'events',sum(len(r['events']) for r in out),'missing',missing)
atexit.register(main)
def K(nid, style, *evs): C[nid] = (style, list(evs))

K('note-B-0010', 'wire',
  E('ATK', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', 'rel:Saturday', L('Kouri', 'BF', 'Sahel', 1), 14, 'killed at least 14 civilians'),
  E('AC', 'Unidentified Armed Group (Burkina Faso)', 'Military Forces of Burkina Faso', 'rel:Saturday', L('Arbinda', 'BF', 'Sahel', 1), 8, 'repelled an assault'))
K('note-B-0020', 'wire',
  E('IED', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan', 'rel:Monday', L('Bajaur', 'PK', 'Khyber Pakhtunkhwa', 2), 4, 'A roadside bomb tore through a police van'),
  E('ATK', 'Unidentified Armed Group (Pakistan)', 'Civilians (Pakistan)', '2023-03', L('Mamund', 'PK', 'Khyber Pakhtunkhwa', 2), 2, 'two vaccinators were shot dead', bg=True))
K('note-B-0030', 'wire',
  E('AC', 'Mutiny of Military Forces of Central African Republic', 'Military Forces of Central African Republic', 'rel:Thursday', L('Bangui - Petevo', 'CF', 'Bangui', 1), 6, 'clashed'),
  E('DWU', 'Military Forces of France', 'Mutiny of Military Forces of Central African Republic', 'rel:Friday', L('Bangui', 'CF', 'Bangui', 1), 0, 'disarmed a group of 20 mutineers'))
K('note-B-0040', 'wire',
  E('EXF', 'Military Forces of Togo', 'Protesters (Togo)', 'rel:Thursday', L('Sokode', 'TG', 'Centrale', 1), 2, 'fired live ammunition at opposition supporters'),
  E('PWI', 'Protesters (Togo)', 'Police Forces of Togo', 'rel:Thursday', L('Lome', 'TG', 'Maritime', 1), 0, 'used tear gas to break up a march'))
K('note-B-0050', 'web',
  E('MOB', 'Rioters (Papua New Guinea)', 'Civilians (Papua New Guinea)', 'rel:Saturday', L('Wabag', 'PG', 'Enga', 1), 1, 'tortured and burned to death by a crowd'))
K('note-B-0060', 'wire',
  E('DWU', 'Military Forces of Saudi Arabia', 'Ansar Allah', 'rel:Monday', L('Abha', 'SA', 'Asir', 1), None, 'intercepted an explosive-laden drone'),
  E('AIR', 'Military Forces of Saudi Arabia', 'Ansar Allah', 'rel:Monday', L('Sanaa', 'YE', 'Amanat al Asimah', 2), None, 'coalition warplanes struck Houthi positions'),
  E('NSO', 'Ansar Allah', 'Military Forces of Yemen', '2014-09', L('Sanaa', 'YE', 'Amanat al Asimah', 1), None, 'The Houthis seized Sanaa', bg=True))
K('note-B-0070', 'wire',
  E('DWU', 'Police Forces of the Philippines', 'Dawlah Islamiyah', 'rel:Friday', L('Cotabato City', 'PH', 'Bangsamoro', 1), 0, 'foiling what officials described as a plot', mod='foiled'),
  E('IED', 'Dawlah Islamiyah', 'Civilians (Philippines)', '2023-12', L('Marawi', 'PH', 'Lanao del Sur', 1), 4, 'a bombing at a Catholic mass in Marawi', bg=True))
K('note-B-0080', 'wire',
  E('ATK', 'Rapid Support Forces', 'Civilians (Sudan)', 'rel:Thursday', L('Um Kadada', 'SD', 'North Darfur', 1), 11, 'stormed the village'),
  E('AIR', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Wednesday', L('El Fasher', 'SD', 'North Darfur', 2), None, 'bombed an RSF convoy'))
K('note-B-0090', 'wire',
  E('ATK', 'Unidentified Armed Group (Algeria)', 'Civilians (Algeria)', 'rel:Saturday', L('Sidi Hamed', 'DZ', 'Blida', 1), 18, 'killed 18 people'),
  E('AC', 'Military Forces of Algeria', 'Unidentified Armed Group (Algeria)', 'rel:Sunday', L('Larbaa', 'DZ', 'Blida', 2), 4, 'clash'))
K('note-B-0100', 'web',
  E('PP', 'Protesters (Serbia)', None, 'rel:Saturday', L('Novi Sad', 'RS', 'Vojvodina', 1), 0, 'blocked the Liberty Bridge'),
  E('VD', 'Rioters (Serbia)', 'SNS: Serbian Progressive Party', 'rel:Friday', L('Belgrade', 'RS', 'Belgrade', 1), None, 'pelted the headquarters of the ruling party'))
K('note-B-0110', 'wire',
  E('AC', 'Meitei Ethnic Militia (India)', 'Kuki Ethnic Militia (India)', 'rel:Friday', L('Bishnupur', 'IN', 'Manipur', 2), 2, 'Gunfire between armed Meitei and Kuki groups'),
  E('MOB', 'Rioters (India)', 'Civilians (India)', 'rel:Friday', L('Imphal', 'IN', 'Manipur', 1), None, 'a crowd set fire to two houses'))
K('note-B-0120', 'acled-note',
  E('AC', 'AQAP: Al Qaeda in the Arabian Peninsula', 'Islamic State (Yemen)', '2020-05-09', L('Qayfa', 'YE', 'Al Bayda', 2), 6, 'clashed'),
  E('AIR', 'Military Forces of the United States', 'AQAP: Al Qaeda in the Arabian Peninsula', '2020-05-09', L('Wadi Abidah', 'YE', 'Marib', 2), 2, 'a US drone strike targeted'))
K('note-B-0130', 'wire',
  E('NSO', 'Viv Ansanm', 'Police Forces of Haiti', 'rel:Monday', L('Mirebalais', 'HT', 'Centre', 1), None, 'seized control of the town of Mirebalais'),
  E('LOOT', 'Viv Ansanm', 'Civilians (Haiti)', 'rel:Monday', L('Mirebalais', 'HT', 'Centre', 1), 0, 'looted shops'))
K('note-B-0140', 'wire',
  E('IED', 'Al Shabaab', 'Police Forces of Somalia', 'rel:Wednesday', L('Mogadishu - Hodan', 'SO', 'Banadir', 1), 4, 'A car bomb exploded'),
  E('DWU', 'Police Forces of Somalia', None, 'rel:Wednesday', L('Mogadishu - Hodan', 'SO', 'Banadir', 1), 0, 'defused a second device'))
K('note-B-0150', 'acled-note',
  E('AC', 'Ansar al-Islam', 'Military Forces of Burkina Faso', '2018-10-25', L('Nassoumbou', 'BF', 'Sahel', 2), 0, 'had killed 3 soldiers in an ambush', mod='claimed'))
K('note-B-0160', 'wire',
  E('PWI', 'Protesters (Russia)', 'Police Forces of Russia', 'rel:Sunday', L('Russia', 'RU', None, 4), 0, 'detained more than 1,300 people at unauthorised rallies'),
  E('PWI', 'Protesters (Russia)', 'Police Forces of Russia', 'rel:Sunday', L('Moscow', 'RU', 'Moscow', 1), 0, 'riot police dragged protesters into buses'),
  E('PWI', 'Protesters (Russia)', 'Police Forces of Russia', 'rel:Sunday', L('Saint Petersburg', 'RU', 'Saint Petersburg', 1), 0, 'police used batons to break up a crowd'),
  E('ARR', 'Police Forces of Russia', 'Civilians (Russia)', 'rel:Monday', L('Moscow', 'RU', 'Moscow', 1), 0, 'arrested an opposition municipal councillor'))
K('note-B-0170', 'wire',
  E('ATK', 'Unidentified Armed Group (Pakistan)', 'Civilians (Pakistan)', 'rel:Friday', L('Karachi - Liaquatabad', 'PK', 'Sindh', 1), 4, 'opened fire on worshippers'),
  E('ARR', 'Police Forces of Pakistan', 'Unidentified Armed Group (Pakistan)', 'rel:Saturday', L('Karachi', 'PK', 'Sindh', 1), 0, 'arrested 17 activists'))
K('note-B-0180', 'web',
  E('EXF', 'Police Forces of Mozambique', 'Protesters (Mozambique)', 'rel:Thursday', L('Nampula', 'MZ', 'Nampula', 1), 2, 'fired live rounds at demonstrators'),
  E('PWI', 'Protesters (Mozambique)', 'Police Forces of Mozambique', 'rel:Thursday', L('Maputo', 'MZ', 'Maputo', 1), 0, 'fired tear gas to disperse'))
K('note-B-0190', 'acled-note',
  E('NVT', 'Government of Mali', 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', '2023-12-31', L('Timbuktu', 'ML', 'Timbuktu', 1), 0, 'handed over its camp'))
K('note-B-0200', 'wire',
  E('CW', 'Military Forces of Syria', 'Civilians (Syria)', 'rel:Sunday', L('Saraqeb', 'SY', 'Idleb', 1), 0, 'dropped two canisters'),
  E('SH', 'Military Forces of Syria', 'Civilians (Syria)', 'rel:Monday', L('Saraqeb', 'SY', 'Idleb', 2), 1, 'shelled the outskirts'))
K('note-B-0210', 'wire',
  E('GRT', 'Military Forces of Democratic Republic of Congo', 'M23: March 23 Movement', 'rel:Saturday', L('Nyanzale', 'CD', 'North Kivu', 1), 0, 'retaken the town of Nyanzale'),
  E('AC', 'Military Forces of Democratic Republic of Congo', 'M23: March 23 Movement', 'rel:Sunday', L('Kibirizi', 'CD', 'North Kivu', 2), None, 'exchanged fire'))
K('note-B-0220', 'wire',
  E('ABD', 'ELN: National Liberation Army', 'Civilians (Colombia)', 'rel:Tuesday', L('Saravena', 'CO', 'Arauca', 2), None, 'kidnapped'),
  E('IED', 'ELN: National Liberation Army', None, 'rel:Tuesday', L('Saravena', 'CO', 'Arauca', 2), 0, 'blew up a section'))
K('note-B-0230', 'brief',
  E('PWI', 'Protesters (Uganda)', 'Police Forces of Uganda', 'rel:Saturday', L('Jinja', 'UG', 'Jinja', 1), 0, 'arrested 18 opposition supporters at a rally'))
K('note-B-0240', 'wire',
  E('AC', 'Military Forces of India', 'Unidentified Armed Group (India)', 'rel:Friday', L('Shopian', 'IN', 'Jammu and Kashmir', 2), 4, 'gunfight'),
  E('VD', 'Rioters (India)', 'Military Forces of India', 'rel:Friday', L('Shopian', 'IN', 'Jammu and Kashmir', 2), 0, 'youths who threw stones'))
K('note-B-0250', 'wire',
  E('AGR', 'Ansar Allah', 'Military Forces of Saudi Arabia', 'rel:Sunday', L('Yemen', 'YE', None, 4), 0, 'completed the exchange of nearly 900 prisoners'),
  E('AGR', 'Ansar Allah', 'Military Forces of Saudi Arabia', '2023-03', L('Geneva', 'CH', 'Geneva', 1), 0, 'a deal agreed at UN-sponsored talks in Geneva', bg=True),
  E('AGR', 'Ansar Allah', 'Military Forces of Saudi Arabia', '2020-10', None, 0, 'last exchanged prisoners', bg=True))
K('note-B-0260', 'wire',
  E('NSO', 'Islamic State (Somalia)', 'Unidentified Armed Group (Somalia)', 'rel:Saturday', L('Dhasan', 'SO', 'Bari', 1), None, 'captured the village of Dhasan'))
# ==== more B codes below ====
