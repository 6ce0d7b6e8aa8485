#!/usr/bin/env python3
import os as _os
OUT = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..")
"""Annotator A: training notes for tidings. Holds texts + codes; writes notes-A.jsonl and texts-A.jsonl.
Evidence = (trigger phrase, occurrence index 1-based); byte offsets computed here.
Relative dates: date may be 'rel:Tuesday' (most recent Tuesday on or before published) or 'rel:-N' (N days before)."""
import json, re, sys, atexit, datetime, collections

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
TAXO = {
 'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
 'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
 'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
 'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
 'Riots': ['Violent demonstration', 'Mob violence'],
 'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
}
PLOVER = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
MODAL = {'occurred','attempted','planned','foiled','threatened','claimed','denied','hypothetical'}
STYLES = {'acled-note','wire','web','brief'}
DAYS = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']

NOTES = []

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False, plover=None):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg, plover=plover)

def N(style, published, text, *events):
    NOTES.append((style, published, text, list(events)))

def resolve_date(d, pub):
    if d is None or not str(d).startswith('rel:'):
        return d
    p = datetime.date.fromisoformat(pub)
    r = d[4:]
    if r.lower() in DAYS:
        k = DAYS.index(r.lower())
        delta = (p.weekday() - k) % 7
        return (p - datetime.timedelta(days=delta)).isoformat()
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
    errs = []
    out = []
    cnt = collections.Counter(); neg = 0; styles = collections.Counter()
    for n, (style, pub, text, evs) in enumerate(NOTES, 1):
        nid = 'note-A-%04d' % n
        if style not in STYLES: errs.append((nid, 'style', style))
        try: datetime.date.fromisoformat(pub)
        except Exception: errs.append((nid, 'published', pub))
        styles[style] += 1
        rec = {'id': nid, 'source_file': 'annotator-written',
               'license': 'CC0-1.0 (written for tidings training by an annotator)',
               'style': style, 'published': pub, 'text': text, 'events': []}
        if not evs: neg += 1
        for e in evs:
            if e['st'] not in ST: errs.append((nid, 'subtype', e['st'])); continue
            et, sub, pl = ST[e['st']]
            assert sub in TAXO[et]
            if e['plover']: pl = e['plover']
            if pl not in PLOVER: errs.append((nid, 'plover', pl))
            if e['mod'] not in MODAL: errs.append((nid, 'modality', e['mod']))
            date = resolve_date(e['date'], pub)
            if date is not None and not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', date): errs.append((nid, 'date', date))
            if date and e['mod'] not in ('planned', 'threatened', 'hypothetical') and date > pub:
                errs.append((nid, 'future date', date, pub))
            loc = e['loc']
            if loc is not None:
                if not re.fullmatch(r'[A-Z]{2}', loc['country']) or loc['precision'] not in (1, 2, 3, 4):
                    errs.append((nid, 'loc', loc))
            f = e['fat']
            if f is not None and (not isinstance(f, int) or f < 0): errs.append((nid, 'fat', f))
            try:
                s, t = byte_span(text, e['trig'], e['occ'])
            except ValueError as ex:
                errs.append((nid, str(ex))); continue
            assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
            rec['events'].append({'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                'actor1': e['a1'], 'actor2': e['a2'], 'date': date, 'location': loc, 'fatalities': f,
                'background': e['bg'], 'evidence': {'start': s, 'end': t, 'text': e['trig']}})
            cnt[sub] += 1
        out.append(rec)
    ids = [r['id'] for r in out]
    assert len(ids) == len(set(ids))
    for e in errs: print('ERROR', e)
    with open(OUT + '/notes-A.jsonl', 'w', encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(OUT + '/texts-A.jsonl', 'w', encoding='utf-8') as fh:
        for r in out:
            if r['id'].endswith('0'):
                fh.write(json.dumps({'id': r['id'], 'published': r['published'], 'text': r['text']}, ensure_ascii=False) + '\n')
    print('notes', len(out), 'negatives', neg, 'events', sum(cnt.values()), dict(styles))
    for et, subs in TAXO.items():
        for s in subs: print('  %-40s %d' % (s, cnt[s]))
    if errs: sys.exit(1)



