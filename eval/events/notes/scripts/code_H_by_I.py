#!/usr/bin/env python3
"""Annotator I double-codes annotator H's texts (texts-H.jsonl) without looking at H's coding.
Writes ../double-I-codes-H.jsonl (same record format as articles-I.jsonl).
Each event's evidence is (trigger phrase, 1-based occurrence in the text); byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, or 'rel:<Weekday>' (latest such weekday on/before the published day),
'rel:-N' (N days before published)."""
import json, re, sys, atexit, datetime, collections
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

OUT = os.path.join(HERE, 'double-I-codes-H.jsonl')
TEXTS = None
PREFIX = 'article-H-'
SRC = {}
for _l in open(os.path.join(HERE, 'texts-H.jsonl'), encoding='utf-8'):
    _r = json.loads(_l); SRC[_r['id']] = _r


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

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False, plover=None):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg, plover=plover)

def A(style, aid, *events):
    r = SRC[aid]
    assert aid == PREFIX + '%04d' % (len(ARTS) + 1)
    ARTS.append((style, r['published'], r['text'], list(events)))

def resolve_date(d, pub):
    if d is None or not str(d).startswith('rel:'):
        return d
    p = datetime.date.fromisoformat(pub)
    r = d[4:]
    if r.lower() in DAYS:
        k = DAYS.index(r.lower())
        return (p - datetime.timedelta(days=(p.weekday() - k) % 7)).isoformat()
    return (p + datetime.timedelta(days=int(r))).isoformat()

def byte_span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0:
            raise ValueError('trigger %r occurrence %d not found' % (trig, occ))
    s = len(text[:i].encode('utf-8'))
    return s, s + len(trig.encode('utf-8'))

def main():
    errs, warns, out = [], [], []
    cnt = collections.Counter(); styles = collections.Counter()
    nev = nbg = nonews = 0
    for n, (style, pub, text, evs) in enumerate(ARTS, 1):
        aid = PREFIX + '%04d' % n
        if style not in STYLES: errs.append((aid, 'style', style))
        try: datetime.date.fromisoformat(pub)
        except Exception: errs.append((aid, 'published', pub))
        styles[style] += 1
        words = len(text.split())
        if not 250 <= words <= 900: warns.append((aid, 'words', words))
        head_len = len(text.split('\n')[0].encode('utf-8')) if '\n' in text else 0
        rec = {'id': aid, 'source_file': 'annotator-written',
               'license': 'CC0-1.0 (written for tidings training by an annotator)',
               'style': style, 'published': pub, 'text': text, 'events': []}
        seen = set()
        for e in evs:
            if e['st'] not in ST: errs.append((aid, 'subtype', e['st'])); continue
            et, sub, pl = ST[e['st']]
            if e['plover']: pl = e['plover']
            if pl not in PLOVER: errs.append((aid, 'plover', pl))
            if e['mod'] not in MODAL: errs.append((aid, 'modality', e['mod']))
            date = resolve_date(e['date'], pub)
            if date is not None and not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', date): errs.append((aid, 'date', date))
            if date and e['mod'] not in ('planned', 'threatened', 'hypothetical') and date > pub:
                errs.append((aid, 'future date', date, pub))
            if date and e['bg'] is False and date < (datetime.date.fromisoformat(pub) - datetime.timedelta(days=10)).isoformat():
                warns.append((aid, 'old non-background', date))
            loc = e['loc']
            if loc is not None and (not re.fullmatch(r'[A-Z]{2}', loc['country']) or loc['precision'] not in (1, 2, 3, 4)):
                errs.append((aid, 'loc', loc))
            f = e['fat']
            if f is not None and (not isinstance(f, int) or f < 0): errs.append((aid, 'fat', f))
            try:
                s, t = byte_span(text, e['trig'], e['occ'])
            except ValueError as ex:
                errs.append((aid, str(ex))); continue
            if s < head_len and style != 'wire': warns.append((aid, 'evidence in headline', e['trig']))
            if (s, t) in seen: errs.append((aid, 'duplicate evidence', e['trig']))
            seen.add((s, t))
            assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
            rec['events'].append({'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                'actor1': e['a1'], 'actor2': e['a2'], 'date': date, 'location': loc, 'fatalities': f,
                'background': bool(e['bg']), 'evidence': {'start': s, 'end': t, 'text': e['trig']}})
            cnt[sub] += 1; nev += 1; nbg += bool(e['bg'])
        if not any(not ev['background'] for ev in rec['events']): nonews += 1
        out.append(rec)
    for w in warns: print('WARN', w)
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    if len(out) >= 10 and TEXTS:
        with open(TEXTS, 'w', encoding='utf-8') as fh:
            for r in out[:10]:
                fh.write(json.dumps({'id': r['id'], 'published': r['published'], 'text': r['text']}, ensure_ascii=False) + '\n')
    print('articles %d, events %d (background %d), articles without news-of-the-day events %d' % (len(out), nev, nbg, nonews))
    print('styles', dict(styles)); print('subtypes', dict(cnt))

_FAILED = []
_hook = sys.excepthook
def _mark(*a):
    _FAILED.append(1); _hook(*a)
sys.excepthook = _mark
def _main_if_ok():
    if _FAILED:
        print('NOT WRITTEN: script failed'); return
    main()
atexit.register(_main_if_ok)

# ============================ coding of H's texts ============================
A('web', 'article-H-0001',
 E('PWI', 'Protesters (Kenya)', 'Police Forces of Kenya', 'rel:Monday', L('Nairobi', 'KE', 'Nairobi'), 0, 'Police fired tear gas and water cannon at thousands of protesters'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', 'rel:Monday', L('Kitengela', 'KE', 'Kajiado'), 2, 'protesters set fire to a police post'),
 E('VD', 'Rioters (Kenya)', 'Civilians (Kenya)', 'rel:Monday', L('Kikuyu', 'KE', 'Kiambu'), None, 'a crowd broke into a supermarket'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2024-06-25', L('Nairobi', 'KE', 'Nairobi'), None, 'stormed parliament', bg=True),
)
A('wire', 'article-H-0002',
 E('MOB', 'Rioters (Bangladesh)', None, 'rel:Wednesday', L('Dhaka', 'BD', 'Dhaka'), None, 'tore down the former home'),
 E('MOB', 'Rioters (Bangladesh)', 'Protesters (Bangladesh)', 'rel:Thursday', L('Gazipur', 'BD', 'Dhaka'), 1, 'was attacked by people inside'),
 E('ARR', 'Police Forces of Bangladesh', 'Awami League', 'rel:Friday', L('Gazipur', 'BD', 'Dhaka'), None, 'they had arrested 40 people'),
 E('MOB', 'Rioters (Bangladesh)', None, '2024-08-05', L('Dhaka', 'BD', 'Dhaka'), None, 'was stormed and set ablaze', bg=True),
)
A('web', 'article-H-0003',
 E('ATK', 'Police Forces of Iran', 'Civilians (Iran)', 'rel:Sunday', L('Sardasht', 'IR', 'West Azerbaijan', 2), 1, 'was shot dead by border guards'),
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', 'rel:Monday', L('Sardasht', 'IR', 'West Azerbaijan'), 0, 'fired tear gas and birdshot at hundreds of people'),
 E('PP', 'Protesters (Iran)', None, 'rel:Tuesday', L('Sardasht', 'IR', 'West Azerbaijan'), None, 'kept their shutters down in a strike'),
 E('PP', 'Protesters (Iran)', None, 'rel:Tuesday', L('Piranshahr', 'IR', 'West Azerbaijan'), None, 'held a silent sit-in'),
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', '2022-10-26', L('Mahabad', 'IR', 'West Azerbaijan'), 3, 'security forces opened fire on people marching', bg=True),
)
A('wire', 'article-H-0004',
 E('EXF', 'Police Forces of Peru', 'Protesters (Peru)', 'rel:Wednesday', L('Lima', 'PE', 'Lima'), 1, 'police broke up a march'),
 E('PP', 'Protesters (Peru)', None, 'rel:Wednesday', L('Arequipa', 'PE', 'Arequipa'), None, 'several thousand people marched through the historic centre'),
 E('EXF', 'Police Forces of Peru', 'Protesters (Peru)', '2023-01-09', L('Juliaca', 'PE', 'Puno'), 18, 'security forces fired on protesters', bg=True),
)
A('wire', 'article-H-0005',
 E('PWI', 'Protesters (France)', 'Police Forces of France', 'rel:Wednesday', L('Paris', 'FR', 'Île-de-France'), None, 'French riot police fired tear gas to clear protesters'),
 E('VD', 'Rioters (France)', 'Police Forces of France', 'rel:Wednesday', L('Rennes', 'FR', 'Brittany'), None, 'masked youths set a city bus on fire'),
 E('PP', 'Protesters (France)', None, 'rel:Wednesday', L('Nantes', 'FR', 'Pays de la Loire'), None, 'an estimated 10,000 people marched'),
 E('VD', 'Rioters (France)', 'Gendarmerie Nationale (France)', '2023-03-25', L('Sainte-Soline', 'FR', 'Nouvelle-Aquitaine'), None, 'thousands of demonstrators clashed with gendarmes', bg=True),
)
A('wire', 'article-H-0006',
 E('NSO', 'Rapid Support Forces', 'Military Forces of Sudan', 'rel:Monday', L('Al-Khuwei', 'SD', 'West Kordofan'), None, 'they had captured the town of Al-Khuwei'),
 E('AC', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Tuesday', L('Omdurman', 'SD', 'Khartoum'), 16, 'the army and the RSF fought on Tuesday'),
 E('AIR', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Tuesday', L('Nyala', 'SD', 'South Darfur'), None, 'an army drone struck an RSF gathering'),
 E('GRT', 'Military Forces of Sudan', 'Rapid Support Forces', '2025-01-11', L('Wad Madani', 'SD', 'Al Jazirah'), None, 'Its troops recaptured Wad Madani', bg=True),
 E('NSO', 'Rapid Support Forces', 'Military Forces of Sudan', '2023-12-18', L('Wad Madani', 'SD', 'Al Jazirah'), None, 'RSF fighters had swept into the city', bg=True),
)
A('wire', 'article-H-0007',
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', 'rel:Saturday', L('Buthidaung', 'MM', 'Rakhine'), None, 'it had seized full control of the town of Buthidaung', mod='claimed'),
 E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'rel:Saturday', L('Kyauktaw', 'MM', 'Rakhine', 2), 6, 'a military jet bombed a village'),
 E('ATK', 'Arakan Army', 'Military Forces of Myanmar', None, L('Buthidaung', 'MM', 'Rakhine'), None, 'its fighters had executed captured soldiers', mod='denied'),
 E('NVT', 'Arakan Army', 'Military Forces of Myanmar', '2024-02', L('Pauktaw', 'MM', 'Rakhine'), None, 'it seized the coastal town of Pauktaw', bg=True),
)
A('web', 'article-H-0008',
 E('ATK', "Houthis (Ansar Allah)", 'Civilians (Yemen)', 'rel:Tuesday', L('Taiz', 'YE', 'Taiz'), 1, 'was shot dead by a sniper'),
 E('SH', "Houthis (Ansar Allah)", 'Civilians (Yemen)', 'rel:Tuesday', L('Taiz', 'YE', 'Taiz'), None, 'Houthi forces shelled residential streets'),
 E('AC', 'Military Forces of Yemen', "Houthis (Ansar Allah)", 'rel:Tuesday', L('Taiz', 'YE', 'Taiz', 2), 3, 'clashed on Tuesday night on the Al-Kadaha front'),
 E('AGR', 'Government of Yemen', "Houthis (Ansar Allah)", 'rel:Tuesday', L('Muscat', 'OM', 'Muscat'), None, 'had agreed to free more than 300 detainees'),
)
A('web', 'article-H-0009',
 E('SB', 'Allied Democratic Forces', 'Police Forces of Uganda', '2021-11-16', L('Kampala', 'UG', 'Central'), 4, 'one bomber blew himself up', bg=True),
 E('SB', 'Allied Democratic Forces', 'Civilians (Uganda)', '2021-11-16', L('Kampala', 'UG', 'Central'), 3, 'two more detonated their explosives', bg=True),
)
A('wire', 'article-H-0010',
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', 'rel:Wednesday', L('Deir al-Balah', 'PS', 'Deir al-Balah'), 4, 'An Israeli air strike hit a clearly marked aid vehicle'),
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', '2024-04-01', L('Deir al-Balah', 'PS', 'Deir al-Balah'), 7, 'an Israeli drone strike on a convoy', bg=True),
 E('SH', 'Unidentified Armed Group (Palestine)', 'Civilians (Israel)', 'rel:Wednesday', L('Kissufim', 'IL', 'Southern District'), 0, 'a rocket fired from the Khan Younis area was intercepted'),
)
