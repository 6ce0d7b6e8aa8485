#!/usr/bin/env python3
"""Annotator H, round "articles": whole news articles with their event coding.
Writes ../notes-H.jsonl and texts-H.jsonl (first 10 articles, no events).
An event's evidence is given as (trigger phrase, 1-based occurrence); byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, or 'rel:<Weekday>' (latest such weekday on/before published), 'rel:-N' (N days before)."""
import json, re, sys, atexit, datetime, collections
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

OUT = os.path.join(HERE, 'notes-H.jsonl')
TEXTS = os.path.join(HERE, 'texts-H.jsonl')

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

def A(style, published, text, *events):
    ARTS.append((style, published, text.strip('\n'), list(events)))

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
        aid = 'article-H-%04d' % n
        if style not in STYLES: errs.append((aid, 'style', style))
        try: datetime.date.fromisoformat(pub)
        except Exception: errs.append((aid, 'published', pub))
        styles[style] += 1
        words = len(text.split())
        if not 250 <= words <= 900: warns.append((aid, 'words', words))
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
            first = text.split('\n')[0]
            if not re.search(r' - |\) - ', first) and s < len(first.encode('utf-8')):
                errs.append((aid, 'evidence in headline', e['trig']))
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
    if len(out) >= 10:
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

# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Articles (annotator H)
# ---------------------------------------------------------------------------------------------

# 1 -- Kenya: Saba Saba protests, three towns, background June 2024 parliament storming, statistic, threat
A('web', '2025-07-08', """
Two shot dead in Kitengela as Saba Saba protests turn violent; police tear-gas marchers in Nairobi

By Wanjiru Kamau | Nairobi Daily Wire | July 8, 2025

Police fired tear gas and water cannon at thousands of protesters who tried to march into Nairobi's central business district on Monday, as demonstrations marking the anniversary of the 1990 Saba Saba pro-democracy rallies spread to several towns around the capital.

Officers had sealed off the main roads into the city centre with razor wire before dawn. When groups of mostly young marchers waving flags and chanting "Ruto must go" tried to push past the barricades on Uhuru Highway shortly before noon, police fired volleys of tear gas canisters and chased them into side streets. Police said nobody was killed in the capital and that 52 people were arrested.

The day turned deadly in Kitengela, about 30 km south of Nairobi, where protesters set fire to a police post and pelted officers with stones. Two young men were shot dead when police opened fire, a local hospital administrator said. "They were hit in the chest and in the back," he said, asking not to be named.

In Kikuyu, northwest of the capital, a crowd broke into a supermarket and carried away goods after police withdrew from the town centre in the afternoon, witnesses said. Shop owners said several other businesses were looted and a petrol station was set alight before officers returned in the evening.

Interior Cabinet Secretary Kipchumba Murkomen warned that anyone who attacked a police station would be "dealt with firmly", and said the government would not allow "anarchists" to take over the country.

The Kenya National Commission on Human Rights said 38 people had been killed in protest-related violence since mid-June, a figure the police have not confirmed.

The protests revive memories of June 25 last year, when demonstrators against a finance bill stormed parliament in Nairobi and set part of the building on fire, and police opened fire, killing at least 19 people across the country. President William Ruto withdrew the bill the following day.

Opposition leaders have called for further rallies next week.
""",
 E('PWI', 'Protesters (Kenya)', 'Police Forces of Kenya', 'rel:Monday', L('Nairobi', 'KE', 'Nairobi'), 0, 'Police fired tear gas and water cannon'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', 'rel:Monday', L('Kitengela', 'KE', 'Kajiado'), 2, 'protesters set fire to a police post'),
 E('MOB', 'Rioters (Kenya)', None, 'rel:Monday', L('Kikuyu', 'KE', 'Kiambu'), None, 'a crowd broke into a supermarket'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2024-06-25', L('Nairobi', 'KE', 'Nairobi'), 19, 'demonstrators against a finance bill stormed parliament', bg=True),
)

# 2 -- Bangladesh: mob demolishes Dhanmondi 32; Gazipur mob attack; arrests; background Aug 5 2024
A('wire', '2025-02-07', """
DHAKA (South Asia Wire) - Crowds using an excavator tore down the former home of Bangladesh's founding leader Sheikh Mujibur Rahman in Dhaka late on Wednesday, hours after his daughter, ousted prime minister Sheikh Hasina, addressed supporters online from exile in India.

Thousands of people, many of them students, gathered outside the house on Road 32 in the Dhanmondi neighbourhood shortly after 8 p.m. on Wednesday. Some scaled the walls and set the building, which had been turned into a museum, on fire; later an excavator was brought in and the crowd began demolishing the structure while cheering. Police and soldiers stood by and did not intervene, witnesses said.

On Thursday night, a group of students who went to the house of a former Awami League minister in Gazipur, north of the capital, was attacked by people inside and by local residents armed with sticks and machetes. One student died on Friday morning at Dhaka Medical College Hospital and at least 15 others were injured, a doctor said.

Police said on Friday they had arrested 40 people in Gazipur, most of them Awami League activists, over the attack. "Those responsible will face the law," said a district police official.

The interim government led by Nobel laureate Muhammad Yunus urged people to stop attacks on property, while saying the anger was "understandable". Hasina's Awami League, which has been barred from political activity, called the demolition an attack on the nation's history.

The same house was stormed and set ablaze on August 5 last year, the day Hasina fled the country by helicopter after weeks of student-led protests. A United Nations report has said up to 1,400 people may have been killed in the crackdown on those protests.

Bangladesh is due to hold elections early next year.
""",
 E('MOB', 'Rioters (Bangladesh)', None, 'rel:Wednesday', L('Dhaka', 'BD', 'Dhaka'), None, 'tore down the former home'),
 E('MOB', 'Rioters (Bangladesh)', 'Civilians (Bangladesh)', 'rel:Thursday', L('Gazipur', 'BD', 'Dhaka'), 1, 'was attacked by people inside and by local residents'),
 E('ARR', 'Police Forces of Bangladesh', 'Awami League', 'rel:Friday', L('Gazipur', 'BD', 'Dhaka'), None, 'they had arrested 40 people'),
 E('MOB', 'Rioters (Bangladesh)', None, '2024-08-05', L('Dhaka', 'BD', 'Dhaka'), None, 'stormed and set ablaze', bg=True),
)

# 3 -- Iran: porter shot by border guards, protests with birdshot, strike; denial; background 2022
A('web', '2025-09-16', """
Iran: birdshot fired at Sardasht mourners after border guards kill Kurdish porter

By staff reporter | Middle East Monitor Desk | 16 September 2025

Iranian security forces fired tear gas and birdshot at hundreds of people who gathered in the Kurdish town of Sardasht on Monday to protest the killing of a cross-border porter, rights groups said, wounding at least 12 people.

The porter, a 24-year-old father of two, was shot dead by border guards in the mountains near Sardasht on Sunday as he carried goods across the border from Iraqi Kurdistan, according to the Norway-based group Hengaw. Kurdish porters, known as kolbars, carry heavy loads on their backs along smuggling routes and are often fired on without warning.

When his body was brought back to the town on Monday, mourners marched to the governor's office chanting slogans against the border guards. Security forces blocked the road and opened fire with birdshot, Hengaw said; two of the wounded were in serious condition at a hospital in Mahabad. No one was killed.

The provincial governor denied that live ammunition had been used and said "rioters linked to foreign-based groups" had attacked government buildings, a claim witnesses rejected.

On Tuesday, shopkeepers in Sardasht and neighbouring Piranshahr kept their shutters down in a strike called by local activists, and dozens of people held a silent sit-in outside the main mosque in Piranshahr, videos shared online showed. There were no reports of arrests.

Rights groups say dozens of kolbars are killed every year by Iranian border forces. The Kurdistan Human Rights Network counted 46 killed last year.

Sardasht, a town of about 50,000 near the Iraqi border, was among the centres of the 2022 protests that followed the death of Mahsa Amini in the custody of Iran's morality police. On Oct. 26, 2022, security forces opened fire on people marching to mark 40 days since her death in nearby Mahabad, killing three, rights groups said at the time.
""",
 E('ATK', 'Police Forces of Iran', 'Civilians (Iran)', 'rel:Sunday', L('Sardasht', 'IR', 'West Azerbaijan', 2), 1, 'was shot dead by border guards'),
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', 'rel:Monday', L('Sardasht', 'IR', 'West Azerbaijan'), 0, 'fired tear gas and birdshot'),
 E('PP', 'Protesters (Iran)', None, 'rel:Tuesday', L('Sardasht', 'IR', 'West Azerbaijan'), None, 'kept their shutters down in a strike'),
 E('PP', 'Protesters (Iran)', None, 'rel:Tuesday', L('Piranshahr', 'IR', 'West Azerbaijan'), None, 'held a silent sit-in'),
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', '2022-10-26', L('Mahabad', 'IR', 'West Azerbaijan'), 3, 'security forces opened fire on people marching', bg=True),
)

# 4 -- Peru: protester shot in Lima; peaceful march in Arequipa; background Juliaca Jan 2023
A('wire', '2025-10-16', """
LIMA (Andes Wire) - A man was shot dead and dozens of people were injured in Lima on Wednesday night as police broke up a march by thousands of young people demanding the resignation of Peru's new government, officials said.

The protest, called by student groups and transport workers angry over a wave of extortion killings, began peacefully in the afternoon at Plaza San Martin. As marchers tried to approach Congress shortly after 9 p.m., police fired tear gas and rubber pellets, and witnesses said shots were heard near Abancay avenue.

Eduardo Ruiz, a 32-year-old hip-hop artist, was hit in the chest and died on the way to hospital, the Ombudsman's office said. It said at least 80 people were hurt, among them 10 journalists, and called for an urgent investigation. The police chief said officers were not authorised to carry firearms at the march and that an internal inquiry had been opened.

"We came to protest peacefully and they shot at us like animals," said a university student who had been with Ruiz.

In the southern city of Arequipa, several thousand people marched through the historic centre on Wednesday evening without incident, local media reported.

Interim President Jose Jeri, who took office last week after Congress removed Dina Boluarte, expressed condolences to the family and said "the death of a Peruvian is never justified." He had earlier described some organisers as "violent groups."

Human rights groups noted that nobody has yet been convicted for the deaths of 49 civilians during protests after the ouster of former president Pedro Castillo in December 2022. On Jan. 9, 2023, security forces fired on protesters trying to take over the airport in the southern city of Juliaca, killing 18 people in a single day, the deadliest episode of that crisis.

More marches are planned for Friday.
""",
 E('EXF', 'Police Forces of Peru', 'Protesters (Peru)', 'rel:Wednesday', L('Lima', 'PE', 'Lima'), 1, 'A man was shot dead'),
 E('PP', 'Protesters (Peru)', None, 'rel:Wednesday', L('Arequipa', 'PE', 'Arequipa'), None, 'marched through the historic centre'),
 E('EXF', 'Military Forces of Peru', 'Protesters (Peru)', '2023-01-09', L('Juliaca', 'PE', 'Puno'), 18, 'security forces fired on protesters', bg=True),
)

# 5 -- France: "Bloquons tout" day, three cities, stat, background Sainte-Soline
A('wire', '2025-09-11', """
PARIS (Euro Press Service) - French riot police fired tear gas to clear protesters who tried to block the Paris ring road on Wednesday, while a bus was set on fire in Rennes, as a grassroots "Block Everything" movement staged a day of action against the government's budget plans.

In Paris, several hundred people gathered at dawn near the Porte d'Orleans and tried to walk onto the peripherique motorway. Police fired tear gas and detained dozens of them, and traffic resumed within an hour, the Paris police prefecture said. Demonstrators also briefly blocked the entrance of the Gare du Nord.

In Rennes, in the west, masked youths set a city bus on fire and threw bottles and stones at police, who responded with tear gas and stun grenades. The driver escaped unharmed, the local transport operator said. Images broadcast by French television showed the charred shell of the bus on a boulevard near the city's main university campus.

In Nantes, an estimated 10,000 people marched through the city centre in a largely peaceful procession behind trade union banners.

Interior Minister Bruno Retailleau said 473 people had been arrested across the country by the evening and that 80,000 police and gendarmes had been deployed. "A small minority came to fight," he said on television, promising firm responses.

The movement, which emerged on social media over the summer, has been compared to the "yellow vest" protests of 2018 and 2019. Police unions warned that tensions could rise at further rallies.

The government has also faced criticism over the policing of environmental protests. On March 25, 2023, thousands of demonstrators clashed with gendarmes over a planned irrigation reservoir at Sainte-Soline in western France; two protesters were left in a coma and dozens of gendarmes were injured.

Unions have called a national strike for next week.
""",
 E('PWI', 'Protesters (France)', 'Police Forces of France', 'rel:Wednesday', L('Paris', 'FR', 'Ile-de-France'), None, 'French riot police fired tear gas to clear protesters'),
 E('VD', 'Rioters (France)', 'Police Forces of France', 'rel:Wednesday', L('Rennes', 'FR', 'Brittany'), None, 'masked youths set a city bus on fire'),
 E('PP', 'Protesters (France)', None, 'rel:Wednesday', L('Nantes', 'FR', 'Pays de la Loire'), None, 'marched through the city centre'),
 E('VD', 'Rioters (France)', 'Police Forces of France', '2023-03-25', L('Sainte-Soline', 'FR', 'Nouvelle-Aquitaine'), None, 'clashed with gendarmes', bg=True),
)

# 6 -- Sudan: RSF takes town (NSO), SAF-RSF clash in Omdurman, army drone strike Nyala, backgrounds Wad Madani
A('wire', '2025-05-14', """
PORT SUDAN, Sudan (Nile Wire) - Sudan's paramilitary Rapid Support Forces said on Tuesday they had captured the town of Al-Khuwei in West Kordofan state after two days of fighting with the army, the latest in a string of gains by the group in the Kordofan region.

Residents reached by phone said RSF fighters in dozens of pickup trucks entered Al-Khuwei on Monday evening after soldiers withdrew towards El Obeid, the capital of neighbouring North Kordofan. An army source confirmed the withdrawal, saying troops had "repositioned" to defend El Obeid. Neither side gave a toll for the fighting around the town.

In Omdurman, across the Nile from Khartoum, the army and the RSF fought on Tuesday in the western Dar es Salaam district, where paramilitary units still hold a pocket of territory. A medical source at Al-Nao hospital said five soldiers and at least 11 RSF fighters were killed, citing bodies brought to the hospital and army radio traffic.

Late on Tuesday, an army drone struck an RSF gathering near the airport in Nyala, the capital of South Darfur, which the paramilitaries use as their main base, local activists said. They did not give a number of casualties. The RSF did not comment.

The RSF, led by Mohamed Hamdan Dagalo, has fought the army since April 2023 in a war that has killed tens of thousands of people and displaced more than 12 million, according to United Nations agencies.

The army has regained ground in central Sudan this year. Its troops recaptured Wad Madani, the capital of Al-Jazirah state, on Jan. 11, more than a year after RSF fighters had swept into the city on Dec. 18, 2023, prompting hundreds of thousands of people to flee.

Analysts say the RSF is now trying to consolidate control of Darfur and push into Kordofan, raising fears of a de facto partition of the country.
""",
 E('NSO', 'Rapid Support Forces', 'Military Forces of Sudan', 'rel:Monday', L('Al-Khuwei', 'SD', 'West Kordofan'), None, 'they had captured the town of Al-Khuwei'),
 E('AC', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Tuesday', L('Omdurman', 'SD', 'Khartoum'), 16, 'the army and the RSF fought on Tuesday'),
 E('AIR', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Tuesday', L('Nyala', 'SD', 'South Darfur'), None, 'an army drone struck an RSF gathering'),
 E('GRT', 'Military Forces of Sudan', 'Rapid Support Forces', '2025-01-11', L('Wad Madani', 'SD', 'Al Jazirah'), None, 'recaptured Wad Madani', bg=True),
 E('NSO', 'Rapid Support Forces', 'Military Forces of Sudan', '2023-12-18', L('Wad Madani', 'SD', 'Al Jazirah'), None, 'RSF fighters had swept into the city', bg=True),
)

# 7 -- Myanmar: Arakan Army takes Buthidaung, air strike Kyauktaw, denial of executions
A('wire', '2024-05-19', """
BANGKOK (Mekong Press Agency) - The Arakan Army said on Saturday it had seized full control of the town of Buthidaung in Myanmar's western Rakhine state, after overrunning the last military battalion headquarters there, in another major battlefield defeat for the ruling junta.

The ethnic armed group said in a statement that its fighters had taken the base of the 15th Military Operations Command on Saturday morning after weeks of fighting around the town, which lies near the border with Bangladesh. It said it had captured more than 200 soldiers and large amounts of weapons. The junta did not comment.

Residents and Rohingya activists abroad said large parts of Buthidaung had been burned in the days before the town fell, and that tens of thousands of people had fled into surrounding villages and rice fields. The Arakan Army blamed military air strikes for the fires.

On Saturday afternoon, a military jet bombed a village on the edge of Kyauktaw township, farther south, killing at least six civilians, among them two children, a local rescue worker said. "The houses collapsed on them," he said. The village had sheltered families displaced by fighting around Kyauktaw town.

The Arakan Army also denied reports on social media that its fighters had executed captured soldiers in Buthidaung, calling them "fabrications by the military council."

Since launching an offensive in November, the group has taken control of at least eight of Rakhine's 17 townships. In February it seized the coastal town of Pauktaw after the army withdrew. The United Nations has warned of a growing risk of violence between Rakhine Buddhists and the Muslim Rohingya minority, many of whom remain in the state.

The army, which seized power in a coup in February 2021, is battling armed resistance on multiple fronts.
""",
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', 'rel:Saturday', L('Buthidaung', 'MM', 'Rakhine'), None, 'it had seized full control of the town of Buthidaung'),
 E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'rel:Saturday', L('Kyauktaw', 'MM', 'Rakhine', 2), 6, 'a military jet bombed a village'),
 E('ATK', 'Arakan Army', 'Military Forces of Myanmar', None, L('Buthidaung', 'MM', 'Rakhine'), None, 'executed captured soldiers', mod='denied'),
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', '2024-02', L('Pauktaw', 'MM', 'Rakhine'), None, 'it seized the coastal town of Pauktaw', bg=True),
)

# 8 -- Yemen: Taiz roundup: sniper kills child, shelling, clash; prisoner swap agreement in Muscat
A('web', '2025-03-05', """
Houthi sniper kills boy in Taiz as UN announces prisoner swap deal

By Yemen Desk | March 5, 2025

A 10-year-old boy was shot dead by a sniper in the besieged Yemeni city of Taiz on Tuesday, local officials said, on the same day that the warring parties agreed in Oman to exchange hundreds of prisoners.

The boy was fetching water from a tank in the Al-Rawdah neighbourhood when he was hit in the head, the city's health office said. Officials and residents blamed a Houthi sniper positioned in hills overlooking the area. The Houthis, who have besieged parts of Taiz since 2015, did not comment.

Hours later, Houthi forces shelled residential streets in the eastern Al-Jahmaliya district with mortar rounds, wounding four civilians, among them a woman, according to the government-run Saba news agency.

Pro-government troops and Houthi fighters also clashed on Tuesday night on the Al-Kadaha front west of the city. A military official said three government soldiers were killed and that "many" Houthi fighters died, a figure that could not be verified.

In Muscat, the United Nations envoy for Yemen, Hans Grundberg, announced on Tuesday that the Iran-aligned Houthis and the internationally recognised government had agreed to free more than 300 detainees, including journalists and relatives of senior officials, after talks mediated by Oman and the International Committee of the Red Cross.

"This agreement is an important humanitarian step," Grundberg said, adding that the releases should take place within weeks.

The last big exchange, in 2023, freed nearly 900 detainees who were flown between Sanaa, Aden and Saudi Arabia.

Yemen's civil war, which began when the Houthis seized Sanaa in 2014, has killed hundreds of thousands of people through fighting, hunger and disease. Fighting on most fronts has been limited since a UN-brokered truce in 2022, but clashes continue in Taiz, Marib, Al-Dhale and Hodeidah.
""",
 E('ATK', "Houthis (Ansar Allah)", 'Civilians (Yemen)', 'rel:Tuesday', L('Taiz', 'YE', 'Taiz'), 1, 'was shot dead by a sniper'),
 E('SH', "Houthis (Ansar Allah)", 'Civilians (Yemen)', 'rel:Tuesday', L('Taiz', 'YE', 'Taiz'), None, 'Houthi forces shelled residential streets'),
 E('AC', 'Military Forces of Yemen', "Houthis (Ansar Allah)", 'rel:Tuesday', L('Taiz', 'YE', 'Taiz', 2), 13, 'clashed on Tuesday night'),
 E('AGR', "Houthis (Ansar Allah)", 'Government of Yemen', 'rel:Tuesday', L('Muscat', 'OM', 'Muscat'), None, 'had agreed to free more than 300 detainees'),
)

# 9 -- Uganda: court sentences ADF members for 2021 Kampala bombings (no news event)
A('web', '2024-08-23', """
Kampala bombings: court jails four ADF collaborators for life

By Patience Akello | Kampala Herald | Friday, August 23, 2024

Uganda's International Crimes Division of the High Court on Thursday sentenced four men to life in prison for their roles in the twin suicide bombings that rocked central Kampala in November 2021.

Justice Alice Komuhangi said the prosecution had proved that the men helped the attackers buy materials for the explosives, rented a safe house in Nansana and scouted the targets. "The convicts were part of a plan to cause maximum loss of life," she said in a ruling read over three hours.

On Nov. 16, 2021, one bomber blew himself up at a checkpoint outside the Central Police Station, and minutes later two more detonated their explosives on Parliamentary Avenue near the entrance to the parliament building. The attacks killed seven people, including the three bombers, and wounded dozens. The Islamic State group, which counts the Allied Democratic Forces (ADF) as its Central Africa affiliate, claimed responsibility.

Defence lawyer Evans Ochieng said his clients would appeal, arguing that confessions had been obtained under torture while they were held incommunicado for months. The prosecution denied this.

The ADF, founded in the 1990s by Ugandan Muslims opposed to then-President Yoweri Museveni, is now based in the forests of eastern Democratic Republic of Congo, where it is blamed for killing thousands of civilians. Uganda and Congo launched joint military operations against the group in late 2021.

Families of the victims, some of whom wept in court, said the sentences brought some relief. "Nothing can bring back my son, but at least there is justice," said Margaret Nakato, whose son, a traffic officer, died outside the police station.

Security around the court building in Kololo was tight, with armed police blocking the road and searching visitors.
""",
 E('SB', 'Allied Democratic Forces', 'Police Forces of Uganda', '2021-11-16', L('Kampala', 'UG', 'Central'), 7, 'one bomber blew himself up', bg=True),
)

# 10 -- Gaza: air strike kills aid workers in Deir al-Balah; rocket at Kissufim; background WCK strike
A('wire', '2024-11-21', """
DEIR AL-BALAH, Gaza Strip (Levant News Agency) - An Israeli air strike hit a clearly marked aid vehicle in central Gaza on Wednesday, killing three staff members of a local relief charity and their driver, the organisation and Gaza's civil defence said.

The vehicle, belonging to the charity Al-Amal Relief Society, was carrying flour and hygiene kits from a warehouse to a shelter for displaced families on the eastern edge of Deir al-Balah when it was hit shortly after noon, the charity's director, Nabil Abu Shawish, said. He said the route had been shared with the Israeli military in advance.

"Our colleagues were doing nothing but delivering food to hungry families," Abu Shawish said in a statement. Photos from the scene showed the burned-out pickup truck with the charity's logo still visible on its door.

The Israeli military said in a statement that it had "struck a vehicle carrying a Hamas operative" who was involved in attacks on troops, and that the incident was under review. It did not provide evidence.

The United Nations humanitarian office said at least 330 aid workers have been killed in Gaza since the war began in October 2023, the highest toll in any conflict it has recorded.

On April 1, an Israeli drone strike on a convoy of the US-based charity World Central Kitchen in Deir al-Balah killed seven aid workers, including citizens of Britain, Australia and Poland. Israel later said the strike was "a grave mistake" and dismissed two officers.

Also on Wednesday, a rocket fired from the Khan Younis area was intercepted over the Israeli kibbutz of Kissufim near the border, the Israeli military said. Nobody was hurt, and no group claimed the launch.

Efforts by Egypt, Qatar and the United States to broker a ceasefire and hostage-release deal have stalled.
""",
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', 'rel:Wednesday', L('Deir al-Balah', 'PS', 'Gaza Strip', 2), 4, 'An Israeli air strike hit a clearly marked aid vehicle'),
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', '2024-04-01', L('Deir al-Balah', 'PS', 'Gaza Strip'), 7, 'an Israeli drone strike on a convoy', bg=True),
 E('SH', 'Unidentified Armed Group (Palestine)', 'Civilians (Israel)', 'rel:Wednesday', L('Kissufim', 'IL', 'Southern District'), 0, 'a rocket fired from the Khan Younis area was intercepted'),
)

# 11 -- DRC South Kivu: Twirwaneho vs Mai-Mai clash, FARDC drone strike; background
A('wire', '2025-03-12', """
BUKAVU, Democratic Republic of Congo (Great Lakes Wire) - Fighting between two rival armed groups in the high plateaus of Congo's South Kivu province killed at least nine people on Tuesday, local officials and civil society leaders said, the latest flare-up in a long-running conflict over land and cattle.

Fighters of the Twirwaneho militia, which says it defends the Banyamulenge Tutsi community, clashed with a coalition of Mai-Mai groups around the village of Kipupu, about 40 km west of Minembwe, from early morning until late afternoon, the administrator of Fizi territory said. He said six Mai-Mai fighters and three Twirwaneho members were killed.

"Both sides used heavy machine guns. Families ran into the forest," said Pascal Byamungu, a civil society leader in the area. Hundreds of homes were burned in Kipupu during the fighting, he said, although it was not clear which side set them alight.

Later on Tuesday, a Congolese army drone struck positions of Twirwaneho near Minembwe, according to a statement from the group, which said two civilians were killed. The army, which accuses Twirwaneho of working with the M23 rebels who seized the provincial capital Bukavu last month, declined to comment.

The M23 took Bukavu on Feb. 16 after government troops withdrew from the city without a fight. The rebels had captured Goma, the capital of North Kivu, in late January after days of fighting that killed thousands of people.

In a separate statement, the Mai-Mai coalition said it had "liberated" Kipupu, a claim that could not be verified. Local officials said neither side appeared to control the village by nightfall.

The high plateaus have seen repeated violence since 2019. Aid agencies say access to the area is almost impossible, and tens of thousands of people have fled to Baraka and Uvira on the shores of Lake Tanganyika.
""",
 E('AC', 'Twirwaneho', 'Mai-Mai Militia', 'rel:Tuesday', L('Kipupu', 'CD', 'South Kivu'), 9, 'clashed with a coalition of Mai-Mai groups'),
 E('AIR', 'Military Forces of the Democratic Republic of Congo', 'Twirwaneho', 'rel:Tuesday', L('Minembwe', 'CD', 'South Kivu', 2), 2, 'a Congolese army drone struck positions'),
 E('NVT', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo', '2025-02-16', L('Bukavu', 'CD', 'South Kivu'), None, 'The M23 took Bukavu', bg=True),
 E('NSO', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo', '2025-01', L('Goma', 'CD', 'North Kivu'), None, 'had captured Goma', bg=True),
)

# 12 -- Colombia Catatumbo: ELN vs FARC dissidents clash, ELN abducts social leader; background Jan 16 offensive
A('web', '2025-08-21', """
ELN and dissident clashes displace hundreds in Catatumbo; community leader abducted in Teorama

By Camila Restrepo | Bogota | August 21, 2025

Fighting between the National Liberation Army (ELN) guerrillas and FARC dissidents of the 33rd Front forced hundreds of families to flee rural areas of Tibu in Colombia's northeastern Catatumbo region this week, local officials said.

The two groups clashed on Tuesday in the rural settlement of Campo Dos, near the Venezuelan border, for most of the day, the municipal ombudsman said. Four bodies in camouflage uniforms were recovered on Wednesday by a humanitarian commission, and residents said a teenage boy was killed by a stray bullet in his home.

"We heard explosions from drones and rifles all afternoon. Nobody could leave the house," a farmer who reached the town of Tibu by motorcycle told reporters.

On Wednesday, armed men who identified themselves as ELN members took away a community leader, Jairo Quintero, from his farm in the municipality of Teorama, his family said. Quintero, president of a local community action board, had criticised the recruitment of minors by armed groups. His whereabouts remain unknown.

The ombudsman's office said more than 900 people had been displaced since Tuesday and called for a humanitarian corridor.

Catatumbo, a coca-growing area on the border, has been in crisis since Jan. 16, when the ELN launched an offensive in Tibu and nearby towns, killing dozens of civilians, including former FARC fighters who had signed the 2016 peace deal. More than 50,000 people have since fled their homes, according to official figures.

President Gustavo Petro suspended peace talks with the ELN after the January attacks. Defence Minister Pedro Sanchez said on Wednesday that additional troops would be sent to the region, but residents say the army rarely leaves the main towns.

The ELN did not comment on the abduction. In a statement posted online, the 33rd Front accused the ELN of attacking "the civilian population" and vowed to respond.
""",
 E('AC', 'National Liberation Army (ELN)', 'FARC Dissidents: 33rd Front', 'rel:Tuesday', L('Tibu', 'CO', 'Norte de Santander', 2), 5, 'The two groups clashed on Tuesday'),
 E('ABD', 'National Liberation Army (ELN)', 'Civilians (Colombia)', 'rel:Wednesday', L('Teorama', 'CO', 'Norte de Santander', 2), None, 'took away a community leader'),
 E('ATK', 'National Liberation Army (ELN)', 'Civilians (Colombia)', '2025-01-16', L('Tibu', 'CO', 'Norte de Santander', 2), 12, 'the ELN launched an offensive', bg=True),
)

# 13 -- Syria: follow-up on Tuesday's Manbij car bomb (toll rises), arrests, background Feb 3 car bomb
A('wire', '2025-08-14', """
BEIRUT (Levant News Agency) - The death toll from Tuesday's car bombing at a vegetable market in the northern Syrian city of Manbij rose to 14 on Thursday after three wounded people died in hospital, local health officials said.

The car, parked near the entrance of the market on the city's eastern side, exploded at around 7 a.m. on Tuesday, when the market was crowded with farmers unloading produce. Eleven people were killed on the spot, most of them farm labourers and traders, and more than 30 were injured, according to the Manbij health directorate.

No group has claimed responsibility. Officials of Syria's interior ministry blamed "remnants" of the Kurdish-led Syrian Democratic Forces (SDF), who controlled Manbij until December. The SDF denied any involvement and condemned the bombing.

Security forces said on Wednesday they had arrested three men in connection with the attack in a village west of Manbij, and had found explosives and detonators in their house. The suspects' identities were not disclosed.

Mohammad al-Hamad, who lost his brother in the blast, said residents no longer felt safe. "Every few weeks there is another car bomb. We go to the market and we don't know if we will come back," he said.

The city has suffered a series of such attacks this year. On Feb. 3, a car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij, killing 20 people, most of them women. Interim President Ahmed al-Sharaa's government has vowed to track down those responsible.

Syria's new authorities are also facing a security challenge from Islamic State cells in the eastern desert and from clashes in the southern province of Sweida, where hundreds of people were killed in sectarian fighting in July.
""",
 E('IED', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', 'rel:Tuesday', L('Manbij', 'SY', 'Aleppo'), 14, "Tuesday's car bombing"),
 E('ARR', 'Police Forces of Syria', 'Unidentified Armed Group (Syria)', 'rel:Wednesday', L('Manbij', 'SY', 'Aleppo', 2), None, 'they had arrested three men'),
 E('IED', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', '2025-02-03', L('Manbij', 'SY', 'Aleppo', 2), 20, 'a car bomb exploded next to a vehicle carrying farm workers', bg=True),
)

# 14 -- Libya Zawiya: militia clash, drone strike, truce agreement
A('wire', '2025-06-27', """
TRIPOLI (Maghreb Wire) - Rival armed groups fought with heavy weapons in the western Libyan city of Zawiya on Thursday, killing at least five people, including a child, before local elders brokered a truce late in the evening, officials and residents said.

The clashes erupted in the morning between fighters of the Al-Nasr Brigade and a rival force known as the Zawiya Martyrs Battalion near the city's oil refinery and spread into residential areas in the south of the city, the Zawiya municipal council said. It said three fighters, a woman and a 9-year-old boy were killed, and at least 17 people were wounded.

Witnesses said the fighting began after members of one group detained a commander of the other at a checkpoint. Schools and shops closed and the coastal road linking Tripoli to the Tunisian border was cut for several hours.

In the afternoon, a drone struck a farmhouse used by the Zawiya Martyrs Battalion on the outskirts of the city, residents said. It was not clear who operated the drone; the Tripoli-based Government of National Unity (GNU), which has carried out drone strikes against smuggling networks in the area in the past, did not comment.

Late on Thursday, the council of elders of Zawiya announced that the two groups had agreed to a ceasefire and to hand over the detained commander to the public prosecutor. "We call on all parties to respect the agreement," the council said in a statement.

The National Oil Corporation said operations at the Zawiya refinery, one of Libya's two main refineries, were suspended as a precaution.

Libya has been split between rival administrations in the east and west since 2014, and armed groups wield wide power in the west. In May, fighting in Tripoli between government-aligned forces and the Stability Support Apparatus killed dozens after the killing of the group's leader.
""",
 E('AC', 'Al-Nasr Brigade', 'Zawiya Martyrs Battalion', 'rel:Thursday', L('Zawiya', 'LY', 'Az Zawiyah'), 5, 'Rival armed groups fought with heavy weapons'),
 E('AIR', 'Unidentified Armed Group (Libya)', 'Zawiya Martyrs Battalion', 'rel:Thursday', L('Zawiya', 'LY', 'Az Zawiyah', 2), None, 'a drone struck a farmhouse'),
 E('AGR', 'Al-Nasr Brigade', 'Zawiya Martyrs Battalion', 'rel:Thursday', L('Zawiya', 'LY', 'Az Zawiyah'), None, 'had agreed to a ceasefire'),
 E('AC', 'Military Forces of Libya', 'Stability Support Apparatus', '2025-05', L('Tripoli', 'LY', 'Tripoli'), 12, 'fighting in Tripoli', bg=True),
)

# 15 -- Ethiopia Oromia: OLA abducts bus passengers; army claims killed OLA fighters; background
A('wire', '2024-10-23', """
ADDIS ABABA (Horn Wire) - Gunmen stopped a public bus in Ethiopia's Oromia region on Tuesday and abducted at least 23 passengers, most of them university students travelling home for a holiday, relatives and a local official said.

The bus was travelling from Addis Ababa to Debre Markos when armed men blocked the road near the town of Gebre Guracha in North Shewa zone at about 11 a.m., an official in the zone's administration said. The gunmen ordered the passengers off and marched them into the countryside, leaving the elderly and children behind.

Relatives said the abductors had since called demanding ransoms of up to 500,000 birr per person. "They told my mother they would kill my sister if we do not pay by Friday," said the brother of one of the students.

The regional government blamed the Oromo Liberation Army (OLA), which it calls "Shene". The OLA, which has fought the government since splitting from the Oromo Liberation Front in 2018, denied involvement in a statement, blaming "criminal gangs allied with the regime."

On Wednesday, state media quoted the military as saying its troops had killed 37 OLA fighters in an operation in the West Shewa zone, in the mountains around Ginchi, and freed civilians held by the group. The claim could not be independently verified.

Kidnappings for ransom have surged along the main roads in Oromia over the past two years. In late August, gunmen seized more than 100 students from buses near the town of Gerba Guracha; most were released after their families paid ransoms.

Peace talks between the government and the OLA in Tanzania broke down in November last year.
""",
 E('ABD', 'Unidentified Armed Group (Ethiopia)', 'Civilians (Ethiopia)', 'rel:Tuesday', L('Gebre Guracha', 'ET', 'Oromia', 2), None, 'abducted at least 23 passengers'),
 E('AC', 'Military Forces of Ethiopia', 'Oromo Liberation Army', None, L('Ginchi', 'ET', 'Oromia', 2), 37, 'its troops had killed 37 OLA fighters', mod='claimed'),
 E('ABD', 'Unidentified Armed Group (Ethiopia)', 'Civilians (Ethiopia)', '2024-08', L('Gerba Guracha', 'ET', 'Oromia', 2), None, 'gunmen seized more than 100 students', bg=True),
)

# 16 -- Cameroon NW/SW (local style): separatists burn school & kill teacher; army raid kills civilians; background Kumba 2020
A('local', '2025-05-08', """
MEME: AMBA FIGHTERS TORCH SCHOOL, KILL TEACHER IN KUMBA OUTSKIRTS

By Elvis Tanyi, Buea Correspondent | The Mountain Echo | Thursday, May 8, 2025

Separatist fighters on Tuesday set fire to a government secondary school in Kossala, a village on the outskirts of Kumba in the Meme division of the South West Region, and shot dead a teacher who had defied their order to keep classrooms closed.

Villagers told The Mountain Echo that about ten armed men arrived at the school on motorcycles at around 9 a.m., ordered pupils to go home and poured petrol on two classroom blocks and the staff room. The buildings were burned to the ground.

The fighters then went to the nearby house of a mathematics teacher, Mr Ebai Peter Ashu, 41, dragged him outside and shot him in front of his wife, relatives said. A group calling itself the Meme Ambazonia Defence Forces later circulated a video claiming the attack and warning that "collaborators" would face the same fate.

The Divisional Officer for Kumba I, who visited the scene on Wednesday, condemned what he called "a barbaric act" and said classes would resume in a temporary building next week.

Also on Tuesday, residents of Ndu, in the Bui division of the neighbouring North West Region, said soldiers who entered the town's Mbah quarter hours after a separatist ambush on an army patrol shot dead four civilians, including a 70-year-old man, and burned several houses. A military spokesman said the troops had "neutralised four terrorists" in a raid and recovered two locally made guns. Relatives insist the dead were farmers.

Attacks on schools have been a hallmark of the conflict in Cameroon's two English-speaking regions since separatists began enforcing a school boycott in 2017. On Oct. 24, 2020, gunmen stormed the Mother Francisca International Bilingual Academy in Kumba and killed seven children, an attack that drew international condemnation.

According to the International Crisis Group, more than 6,500 people have been killed in the crisis since 2017 and hundreds of thousands remain displaced.
""",
 E('ATK', 'Ambazonian Separatists', 'Civilians (Cameroon)', 'rel:Tuesday', L('Kumba', 'CM', 'South-West', 2), 1, 'shot dead a teacher'),
 E('AC', 'Ambazonian Separatists', 'Military Forces of Cameroon', 'rel:Tuesday', L('Ndu', 'CM', 'North-West'), None, 'a separatist ambush on an army patrol'),
 E('ATK', 'Military Forces of Cameroon', 'Civilians (Cameroon)', 'rel:Tuesday', L('Ndu', 'CM', 'North-West'), 4, 'shot dead four civilians'),
 E('ATK', 'Ambazonian Separatists', 'Civilians (Cameroon)', '2020-10-24', L('Kumba', 'CM', 'South-West'), 7, 'gunmen stormed the Mother Francisca International Bilingual Academy', bg=True),
)

# 17 -- Philippines: radio broadcaster shot dead; background Maguindanao massacre
A('web', '2024-05-10', """
Radio commentator shot dead in Samar; press groups demand justice

By Reuben Dela Cruz | Manila Bureau | May 10, 2024

A radio commentator known for criticising local officials over illegal gambling was shot dead by two men on a motorcycle in Calbayog City, Samar province, on Thursday morning, police said.

Nelson "Jun" Abarquez, 52, a block-time anchor at a local AM station, was about to open the gate of his house in Barangay Obrero when the gunman riding pillion fired at him several times with a .45-calibre pistol, the Calbayog police chief, Lt. Col. Ramon Aguilar, said. Abarquez died on the spot. The attackers fled towards the national highway.

Police have formed a special investigation task group and are reviewing footage from security cameras in the area. "We are not discounting that his work as a broadcaster was the motive," Aguilar said. No arrests have been made.

Abarquez's daughter said her father had received death threats by text message in recent weeks after he accused a village official of protecting a "jueteng" illegal numbers operation on his programme. "He told us not to worry," she said.

The National Union of Journalists of the Philippines said Abarquez was the fourth media worker killed in the country since President Ferdinand Marcos Jr took office in 2022. The Presidential Task Force on Media Security condemned the killing and said it was coordinating with the police.

The Philippines remains one of the most dangerous countries in the world for journalists. The worst single attack on the press anywhere took place on Nov. 23, 2009, when 58 people, including 32 media workers, were killed by gunmen of a political clan in Ampatuan town, Maguindanao province, as they travelled in a convoy to file a rival's election candidacy papers.

Media groups plan a candle-lighting vigil in Calbayog on Saturday.
""",
 E('ATK', 'Unidentified Armed Group (Philippines)', 'Civilians (Philippines)', 'rel:Thursday', L('Calbayog', 'PH', 'Eastern Visayas'), 1, 'was shot dead by two men on a motorcycle'),
 E('ATK', 'Ampatuan Clan Militia', 'Civilians (Philippines)', '2009-11-23', L('Ampatuan', 'PH', 'Bangsamoro'), 58, 'were killed by gunmen of a political clan', bg=True),
)

# 18 -- Niger: aid worker abducted in Agadez; background January abduction; attack on army same day
A('wire', '2025-11-20', """
NIAMEY (Agence Sahel Presse) - Unidentified gunmen abducted a foreign aid worker from her home in the northern Nigerien city of Agadez late on Tuesday, security and humanitarian sources said, the second kidnapping of a Westerner in the city this year.

The woman, a 58-year-old Italian national who has worked for more than a decade with a local organisation supporting migrants, was taken by at least four armed men who arrived in a pickup truck shortly before midnight, a neighbour said. A guard was beaten but not seriously injured.

"They broke down the door and put her in the vehicle. It lasted less than five minutes," the neighbour said.

Italy's foreign ministry said it was aware of the case and in contact with Niger's authorities. There was no immediate claim of responsibility. Security sources said the abductors were believed to have headed north towards the Air mountains and suspected they would try to hand the hostage to a jihadist group.

In January, an Austrian woman who had lived in Agadez for nearly 30 years was abducted by gunmen from her home in the city. Her whereabouts remain unknown.

Separately, Niger's army said on Wednesday that soldiers had repelled an attack by "armed terrorists" on its post in Banibangou, in the western Tillaberi region near the border with Mali, on Tuesday. The statement said 11 assailants were killed and that the army suffered "no losses", claims that could not be verified.

Niger's military government, which seized power in July 2023, expelled French troops and has turned to Russia for security support. Attacks by groups linked to al-Qaeda and the Islamic State have continued, particularly in the tri-border region with Mali and Burkina Faso.

Humanitarian organisations have reduced the presence of foreign staff in several regions, citing security risks.
""",
 E('ABD', 'Unidentified Armed Group (Niger)', 'Civilians (Niger)', 'rel:Tuesday', L('Agadez', 'NE', 'Agadez'), None, 'abducted a foreign aid worker'),
 E('ABD', 'Unidentified Armed Group (Niger)', 'Civilians (Niger)', '2025-01', L('Agadez', 'NE', 'Agadez'), None, 'was abducted by gunmen', bg=True),
 E('AC', 'Unidentified Armed Group (Niger)', 'Military Forces of Niger', 'rel:Tuesday', L('Banibangou', 'NE', 'Tillaberi'), 11, 'soldiers had repelled an attack'),
)

# 19 -- Germany: Green councillor beaten in Chemnitz; background Luebcke murder; stat
A('web', '2024-10-16', """
Green councillor beaten while hanging posters in Chemnitz; police probe political motive

By Katrin Hollander | Berlin | 16.10.2024

A local councillor for Germany's Green party was punched and kicked by a group of young men while putting up posters in the eastern city of Chemnitz on Monday evening, police said, the latest in a series of attacks on politicians that has alarmed the country's political establishment.

The 37-year-old, who sits on Chemnitz city council, was hanging placards for a climate rally in the Sonnenberg district at around 9.30 p.m. when four men approached him, shouted insults and knocked him to the ground, police in Saxony said. He suffered a broken nose and bruising and was treated in hospital. A fellow party member who was with him was pushed but not hurt.

Saxony's state criminal police office, which handles politically motivated crimes, has taken over the investigation. Police said the attackers fled on foot and that one of them had shouted a far-right slogan. Nobody has been detained.

"Whoever attacks volunteers putting up posters attacks our democracy," Saxony's interior minister said in a statement on Tuesday.

Federal police statistics show that attacks on politicians and party offices have risen sharply in recent years, with more than 2,700 offences against representatives of the Greens alone recorded in 2023.

The issue has been particularly sensitive since June 2, 2019, when Walter Luebcke, a regional politician from Chancellor Angela Merkel's Christian Democrats who had defended refugees, was shot dead on the terrace of his house near Kassel by a neo-Nazi. The killer was sentenced to life in prison in 2021.

Green party co-leader Omid Nouripour said candidates in eastern Germany increasingly campaigned only in pairs. "People are afraid, and that is exactly what the attackers want," he said.
""",
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', 'rel:Monday', L('Chemnitz', 'DE', 'Saxony'), 0, 'was punched and kicked by a group of young men'),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2019-06-02', L('Kassel', 'DE', 'Hesse', 2), 1, 'was shot dead on the terrace of his house', bg=True),
)

# 20 -- US local: arson at county Democratic party office; background; no arrest
A('local', '2025-03-18', """
Fire at Richland County Democratic office ruled arson; FBI joins probe

By Dana Whitfield | The Midlands Ledger | COLUMBIA, S.C. | Tuesday, March 18, 2025

Someone smashed a window and threw a burning object into the Richland County Democratic Party's headquarters on Two Notch Road early Sunday, causing a fire that gutted the front office, Columbia fire officials said.

Firefighters were called at about 3:40 a.m. and put out the blaze within half an hour. Nobody was inside the building, which the party rents in a strip mall, and no one was injured. Fire Marshal Anthony Greer said Monday that investigators had found the remains of a glass bottle filled with gasoline and had ruled the fire arson.

The FBI's Columbia field office said Monday it was assisting local authorities "to determine whether the incident was motivated by political bias." Surveillance video from a neighboring business showed a person in a hooded sweatshirt approach the building on foot, police said. No arrests have been made.

"This was an attack on everyone who believes in peaceful political participation," county party chair Monique Harris told reporters outside the blackened building. She said volunteers would move temporarily to a church hall.

South Carolina Gov. Henry McMaster, a Republican, condemned the fire in a post on social media, saying "political violence has no place in South Carolina."

Party offices across the country have been targeted in recent years. In October 2024, a Republican Party office in Pima County, Ariz., was hit by gunfire, and a Democratic National Committee office in Tempe, Ariz., had its windows shot out in September.

Investigators asked anyone with information to call the State Law Enforcement Division tip line.
""",
 E('LOOT', 'Unidentified Armed Group (United States)', None, 'rel:Sunday', L('Columbia', 'US', 'South Carolina'), 0, 'threw a burning object into'),
 E('LOOT', 'Unidentified Armed Group (United States)', None, '2024-10', L('Tucson', 'US', 'Arizona', 2), None, 'was hit by gunfire', bg=True),
 E('LOOT', 'Unidentified Armed Group (United States)', None, '2024-09', L('Tempe', 'US', 'Arizona'), None, 'had its windows shot out', bg=True),
)

# 21 -- Ukraine live blog: Odesa missile (toll update), Zaporizhzhia glide bombs, Nikopol artillery, drones on Saratov refinery
A('web', '2025-07-17', """
Ukraine war live: missile strike on Odesa port kills three; glide bombs hit Zaporizhzhia

Live updates | Kyiv desk | Thursday 17 July 2025

16:45 - Odesa toll rises to three
The regional governor, Oleh Kiper, says a third person has died of wounds from the morning's missile strike on the port. The victim was a 46-year-old crane operator. Seven people remain in hospital.

15:20 - Zelensky: "we need more Patriots"
President Volodymyr Zelensky repeated his appeal for more air defence systems in his evening address, saying Russia had launched more than 1,800 drones and missiles at Ukraine this month alone.

12:40 - Fire at Saratov refinery after drone attack, governor says
The governor of Russia's Saratov region, Roman Busargin, says Ukrainian drones attacked an industrial facility in the city of Saratov overnight, causing a fire that has since been put out. He says there were no casualties. Ukraine's general staff says the target was an oil refinery supplying the Russian army.

11:05 - Nikopol shelled again
Russian artillery positioned across the Dnipro river shelled the town of Nikopol this morning, damaging a school and several private houses, regional military administration head Serhiy Lysak says. Three people were wounded.

09:30 - Glide bombs hit Zaporizhzhia
Russian aircraft dropped two guided aerial bombs on a residential district of Zaporizhzhia shortly after 8 a.m., killing a 65-year-old woman and injuring four, governor Ivan Fedorov says. A five-storey apartment building was partly destroyed.

08:10 - Missile strike on Odesa port
Russian forces fired two Iskander ballistic missiles at the port of Odesa in the early hours of Thursday, killing two workers and damaging grain storage facilities, Ukraine's navy says. Air raid sirens sounded across the southern region for more than an hour.

07:30 - Welcome
Good morning and welcome to our coverage of the war in Ukraine. Russia's full-scale invasion, launched in February 2022, has killed tens of thousands of civilians according to Ukrainian and UN figures. Talks on a ceasefire remain stalled.
""",
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Thursday', L('Odesa', 'UA', 'Odesa'), 3, "the morning's missile strike on the port"),
 E('AIR', 'Military Forces of Ukraine', None, 'rel:Thursday', L('Saratov', 'RU', 'Saratov'), 0, 'Ukrainian drones attacked an industrial facility'),
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Thursday', L('Nikopol', 'UA', 'Dnipropetrovsk'), None, 'Russian artillery positioned across the Dnipro river shelled the town of Nikopol'),
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Thursday', L('Zaporizhzhia', 'UA', 'Zaporizhzhia'), 1, 'dropped two guided aerial bombs'),
)

# 22 -- Iraq: IS kills shepherds in Salahuddin; air strike Hamrin; CTS arrests in Kirkuk; background Tarmiyah 2023
A('wire', '2025-01-29', """
BAGHDAD (Gulf Desk) - Islamic State militants killed three shepherds and stole dozens of sheep in Iraq's northern Salahuddin province on Monday night, security officials said, while the air force said it had killed five militants in strikes on their hideouts.

The shepherds, from the same tribe, were grazing their flocks in a desert area near the town of Tuz Khurmatu when gunmen on motorcycles opened fire on them, a police officer in the district said. A fourth man escaped and alerted the local police. The officer said the attackers took about 60 sheep with them.

On Tuesday, Iraqi F-16 jets struck caves used by Islamic State fighters in the Hamrin mountains, which straddle Salahuddin, Kirkuk and Diyala provinces, the Joint Operations Command said in a statement. It said five militants were killed, including a local leader it identified as Abu Yasser al-Jubouri.

Separately, the Counter-Terrorism Service said on Wednesday it had arrested four suspected Islamic State members in Kirkuk city who it said were planning attacks on security forces. It said they were found with a suicide vest and two rifles.

Iraq declared victory over the Islamic State in late 2017, but sleeper cells still carry out sporadic attacks in rural areas of the north and west, often targeting shepherds, truffle hunters and army outposts.

In one of the deadliest such attacks in recent years, militants ambushed a group of soldiers and civilians in the Tarmiyah district north of Baghdad on Dec. 17, 2023, killing 11 people.

The United States and Iraq have agreed that the US-led coalition's mission against the Islamic State in federal Iraq will end by September 2025.
""",
 E('ATK', 'Islamic State (Iraq)', 'Civilians (Iraq)', 'rel:Monday', L('Tuz Khurmatu', 'IQ', 'Salah ad Din', 2), 3, 'killed three shepherds'),
 E('AIR', 'Military Forces of Iraq', 'Islamic State (Iraq)', 'rel:Tuesday', L('Hamrin Mountains', 'IQ', 'Salah ad Din', 2), 5, 'Iraqi F-16 jets struck caves'),
 E('ARR', 'Military Forces of Iraq', 'Islamic State (Iraq)', None, L('Kirkuk', 'IQ', 'Kirkuk'), None, 'it had arrested four suspected Islamic State members'),
 E('AC', 'Islamic State (Iraq)', 'Military Forces of Iraq', '2023-12-17', L('Tarmiyah', 'IQ', 'Baghdad', 2), 11, 'militants ambushed a group of soldiers and civilians', bg=True),
)

# 23 -- Benin analysis piece: no news event, several dated background attacks, statistics
A('web', '2025-04-24', """
ANALYSIS: How the Sahel's jihadists turned northern Benin into a new front

By Claire Mensah | West Africa Analysis | 24 April 2025

When militants overran two army positions in Benin's W National Park last week, killing 54 soldiers, it was the deadliest attack the country had ever suffered. But for people living along the borders with Niger and Burkina Faso, the violence came as no surprise.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, has been pushing south from Burkina Faso for years, using the dense forests of the W and Pendjari parks as bases and recruiting among herders who feel neglected by the state. Benin recorded its first deadly jihadist attack in 2021, according to security researchers.

The April 17 assault was the culmination of a long escalation. On Jan. 8, JNIM fighters attacked the army's Point Triple post, near the borders with Niger and Burkina Faso, killing 28 soldiers in what the army called "an unprecedented attack". In the months in between, the militants planted landmines on park tracks, abducted park rangers and threatened villagers who cooperated with the army.

"The state responded with soldiers, but not with roads, schools and clinics," said Kars de Bruijne, a researcher who has studied the region. "That leaves a gap that the jihadists are very good at filling."

According to data compiled by the Armed Conflict Location and Event Data project, violent incidents involving jihadist groups in northern Benin rose more than fivefold between 2022 and 2024. The government has deployed about 3,000 troops under Operation Mirador and recruited 5,000 more soldiers.

Relations with neighbouring Niger, which could help secure the border, remain poor since the military coup in Niamey in July 2023, with both governments accusing each other of harbouring enemies.

Analysts warn that without cooperation across borders, and without investment in the north, the attacks are likely to spread to the coastal states of Togo and Ghana, which have also seen incursions.
""",
 E('AC', "Jama'at Nusrat al-Islam wal-Muslimin", 'Military Forces of Benin', '2025-04-17', L('W National Park', 'BJ', 'Alibori', 2), 54, 'militants overran two army positions', bg=True),
 E('AC', "Jama'at Nusrat al-Islam wal-Muslimin", 'Military Forces of Benin', '2025-01-08', L('Point Triple', 'BJ', 'Alibori'), 28, 'JNIM fighters attacked the army\'s Point Triple post', bg=True),
)

# 24 -- Kenya press-release style (KDF/police statement): IED cache, arrests, landmine kills soldiers
A('wire', '2025-06-03', """
NAIROBI (East Africa Newswire) - Kenyan security forces said on Tuesday they had defused two roadside bombs and seized a cache of explosives in the Boni forest near the Somali border, a day after two soldiers were killed by a landmine in the same area.

"On 2nd June 2025, a Kenya Defence Forces patrol operating under Operation Amani Boni came under an improvised explosive device attack along the Bodhei-Basuba road in Lamu County. Two of our gallant soldiers paid the ultimate price and three others sustained injuries and were airlifted for treatment," the KDF said in a statement read by spokesperson Brig. Zipporah Kioko.

"In a follow-up operation on 3rd June, multi-agency teams detected and safely detonated two IEDs planted on the same route and recovered 40 kilograms of explosive materials, detonators and assorted ammunition from a terrorist hideout near Mangai," the statement continued.

The statement said Al-Shabaab militants were responsible for the bombing. The Somalia-based group, which has carried out frequent attacks in Lamu, Garissa and Mandera counties, did not immediately comment.

In a separate statement, the National Police Service said officers had arrested three suspected Al-Shabaab members at a roadblock in Mpeketoni on Monday evening as they travelled towards the coastal town of Lamu. They were found with a pistol and a mobile phone containing militant propaganda, police said.

"The public is urged to remain calm and vigilant and to report any suspicious persons," police spokesperson Muchiri Nyaga said.

Lamu County has seen repeated attacks since June 15, 2014, when Al-Shabaab gunmen raided Mpeketoni, killing about 50 people in an assault on the town's hotels, bank and police station.

The KDF has been fighting the group inside Somalia since 2011 as part of an African Union force.
""",
 E('IED', 'Al Shabaab', 'Military Forces of Kenya', '2025-06-02', L('Basuba', 'KE', 'Lamu', 2), 2, 'came under an improvised explosive device attack'),
 E('DWU', 'Military Forces of Kenya', 'Al Shabaab', '2025-06-03', L('Mangai', 'KE', 'Lamu', 2), None, 'safely detonated two IEDs', plover='COERCE'),
 E('ARR', 'Police Forces of Kenya', 'Al Shabaab', '2025-06-02', L('Mpeketoni', 'KE', 'Lamu'), None, 'had arrested three suspected Al-Shabaab members'),
 E('ATK', 'Al Shabaab', 'Civilians (Kenya)', '2014-06-15', L('Mpeketoni', 'KE', 'Lamu'), 50, 'Al-Shabaab gunmen raided Mpeketoni', bg=True),
)

# 25 -- India: mob lynching over beef suspicion in Haryana; background Dadri 2015; police arrests (not coded)
A('web', '2024-09-04', """
Migrant worker beaten to death in Haryana on suspicion of eating beef; five held

By Ritu Sharma | New Delhi | September 4, 2024

A migrant worker from West Bengal was beaten to death by a group of men in Haryana's Charkhi Dadri district on suspicion of having eaten beef, police said on Tuesday, in an attack that has renewed concerns over vigilante violence.

Sabir Malik, 26, who collected scrap for a living and lived in a shanty settlement near the town of Badhra, was lured to a nearby shop on the afternoon of August 27 by men who claimed they wanted to sell him empty bottles, police said. There he was beaten with sticks by several men, one of whom had earlier accused residents of the settlement of cooking beef. He died on the way to hospital.

Police said on Tuesday that five men, said by residents to be members of a local cow protection group, had been arrested and charged with murder. Two juveniles were also detained. A sample of the meat seized from the settlement had been sent for testing, police said.

The killing came to wider attention after a video of part of the assault circulated on social media over the weekend. Opposition parties accused the state's Bharatiya Janata Party government of encouraging vigilantes. Chief Minister Nayab Singh Saini said the case was unfortunate but that "there is strict law on cow protection, and people are very sensitive about it," remarks critics said appeared to justify the attack.

Malik's widow, who has returned to West Bengal with their two-year-old daughter, said the family had lived in Haryana for years without trouble.

Rights groups have documented dozens of killings by cow vigilantes since 2015. In one of the first cases to draw national attention, a mob dragged Mohammad Akhlaq from his home in Bisada village near Dadri, in Uttar Pradesh, and beat him to death on Sept. 28, 2015, after rumours that his family had stored beef.
""",
 E('MOB', 'Rioters (India)', 'Civilians (India)', '2024-08-27', L('Badhra', 'IN', 'Haryana', 2), 1, 'was beaten to death by a group of men'),
 E('MOB', 'Rioters (India)', 'Civilians (India)', '2015-09-28', L('Bisada', 'IN', 'Uttar Pradesh'), 1, 'beat him to death', bg=True),
)

# 26 -- Afghanistan: NRF vs Taliban clash in Panjshir, Taliban detain villagers, NRF claim; background
A('wire', '2025-10-02', """
KABUL (Central Asia Wire) - Fighters of the anti-Taliban National Resistance Front (NRF) clashed with Taliban forces in the Panjshir valley north of Kabul on Wednesday, residents and both sides said, in one of the heaviest bouts of fighting in the province this year.

The fighting broke out before dawn in the Abshar district when NRF fighters attacked a Taliban checkpoint and continued for several hours, two residents said. A Taliban provincial spokesman said two Taliban members were killed and that "several" attackers died. The NRF, led by Ahmad Massoud, said in a statement that its fighters had killed nine Taliban fighters and lost one man. The claims could not be reconciled independently.

After the clash, Taliban intelligence officers detained at least 30 men from villages in Abshar, accusing them of helping the resistance, according to two relatives and an Afghan rights group based abroad. The Taliban denied carrying out mass arrests, saying only "suspects" had been questioned.

Separately, the NRF claimed on Wednesday that its fighters had ambushed a Taliban patrol in the Andarab district of neighbouring Baghlan province on Tuesday night, killing four. The Taliban did not comment and the claim could not be verified.

The Taliban seized Kabul on Aug. 15, 2021, as the Western-backed government collapsed. Resistance fighters held out in Panjshir until early September, when Taliban forces took the valley's main town, Bazarak, and declared victory. Sporadic attacks have continued since.

The United Nations mission in Afghanistan has documented arbitrary detentions and ill-treatment of civilians in Panjshir, which the Taliban administration denies.
""",
 E('AC', 'National Resistance Front', 'Taliban', 'rel:Wednesday', L('Abshar', 'AF', 'Panjshir', 2), 3, 'clashed with Taliban forces'),
 E('ARR', 'Taliban', 'Civilians (Afghanistan)', 'rel:Wednesday', L('Abshar', 'AF', 'Panjshir', 2), None, 'detained at least 30 men'),
 E('AC', 'National Resistance Front', 'Taliban', 'rel:Tuesday', L('Andarab', 'AF', 'Baghlan', 2), 4, 'had ambushed a Taliban patrol', mod='claimed'),
 E('NSO', 'Taliban', 'Military Forces of Afghanistan', '2021-08-15', L('Kabul', 'AF', 'Kabul'), None, 'The Taliban seized Kabul', bg=True),
 E('NSO', 'Taliban', 'National Resistance Front', '2021-09', L('Bazarak', 'AF', 'Panjshir'), None, "took the valley's main town, Bazarak", bg=True),
)

# 27 -- South Africa: mob loots foreign-owned shops in Soweto; Operation Dudula march; background 2019
A('local', '2025-02-26', """
Mob loots foreign-owned spaza shops in Soweto after child's death; police fire rubber bullets

By Sipho Ndlovu | Johannesburg | Wednesday, 26 February 2025

Residents of Naledi in Soweto looted and set fire to at least a dozen spaza shops owned by foreign nationals on Monday night, after rumours spread that a seven-year-old girl had died from eating snacks bought at one of the shops, Gauteng police said.

A crowd of several hundred people went from shop to shop carrying away food, cigarettes and cash registers, and set two of the stores alight, witnesses said. Shopkeepers, most of them from Ethiopia, Somalia and Bangladesh, fled to a nearby police station. Police fired rubber bullets to disperse the crowd and arrested 14 people. One shop owner was hospitalised with head injuries after being beaten, but nobody died, police spokesperson Brenda Muridili said.

Police said the girl's death was being investigated and that samples had been sent for forensic testing. "There is no evidence at this stage linking her death to any particular shop," Muridili said.

On Tuesday, about 300 members of the anti-immigrant group Operation Dudula marched peacefully to the Johannesburg offices of the Department of Home Affairs, demanding the closure of businesses run by undocumented foreigners. Police monitored the march, which ended without incident.

The African Diaspora Forum said the attacks were "xenophobia disguised as food safety" and called on the government to protect traders.

South Africa has seen repeated waves of violence against foreign nationals. In September 2019, mobs looted and burned foreign-owned shops in Johannesburg's central business district and townships east of the city over several days, and at least 12 people were killed.

Gauteng's provincial government this month ordered spaza shops to register with municipalities after a spate of child deaths linked to pesticide poisoning last year.
""",
 E('MOB', 'Rioters (South Africa)', 'Civilians (South Africa)', 'rel:Monday', L('Soweto', 'ZA', 'Gauteng'), 0, 'looted and set fire to at least a dozen spaza shops'),
 E('PP', 'Protesters (South Africa)', None, 'rel:Tuesday', L('Johannesburg', 'ZA', 'Gauteng'), None, 'marched peacefully'),
 E('MOB', 'Rioters (South Africa)', 'Civilians (South Africa)', '2019-09', L('Johannesburg', 'ZA', 'Gauteng'), 12, 'mobs looted and burned foreign-owned shops', bg=True),
)

# 28 -- Nepal: police fire on Gen Z protesters (two cities), parliament burned next day, PM resigns
A('wire', '2025-09-10', """
KATHMANDU (South Asia Wire) - Protesters set fire to Nepal's parliament building and the homes of several senior politicians on Tuesday, a day after police opened fire on demonstrators in Kathmandu, and Prime Minister K.P. Sharma Oli resigned as the unrest spiralled.

The protests, led by young people angered by corruption and a ban on social media platforms, began peacefully on Monday morning at Maitighar Mandala. When thousands of marchers broke through barricades near the Federal Parliament in the New Baneshwor area, police fired tear gas, water cannon and then live ammunition. Officials said 17 people were killed in the capital and more than 300 were wounded.

Two more protesters were shot dead on Monday in the eastern town of Itahari when police fired at a crowd trying to enter the municipal office, district officials said.

On Tuesday, defying a curfew, crowds stormed the parliament complex, set the main building alight and torched the offices of several political parties in Kathmandu. Security forces largely withdrew, and smoke could be seen across the capital. Hospital officials said at least three people died on Tuesday, including a police officer.

Oli, 73, submitted his resignation to President Ram Chandra Paudel on Tuesday afternoon, saying he wanted to "pave the way for a political solution." The army chief, Gen. Ashok Raj Sigdel, appealed for calm in a televised address and said soldiers would take over security in the capital from Tuesday night.

The government had lifted the social media ban late on Monday, but the concession failed to calm the protesters, who said the killings had made Oli's position untenable.

Nepal has been through repeated political crises since the monarchy was abolished in 2008. The country's last major uprising, in April 2006, forced King Gyanendra to restore parliament after weeks of protests in which more than 20 people were killed.
""",
 E('EXF', 'Police Forces of Nepal', 'Protesters (Nepal)', 'rel:Monday', L('Kathmandu', 'NP', 'Bagmati'), 17, 'police fired tear gas, water cannon and then live ammunition'),
 E('EXF', 'Police Forces of Nepal', 'Protesters (Nepal)', 'rel:Monday', L('Itahari', 'NP', 'Koshi'), 2, 'Two more protesters were shot dead'),
 E('VD', 'Rioters (Nepal)', 'Police Forces of Nepal', 'rel:Tuesday', L('Kathmandu', 'NP', 'Bagmati'), 3, "Protesters set fire to Nepal's parliament building"),
)

# 29 -- Mozambique: post-election protests, police kill three in Maputo; Nampula peaceful; background Elvino Dias killing
A('web', '2024-11-08', """
Three killed as police fire on protesters in Maputo; thousands march in Nampula

By Joao Macuacua | Maputo | 8 November 2024

Mozambican police fired live rounds and tear gas at protesters in Maputo on Thursday, killing at least three people, as thousands of opposition supporters answered a call to "take over" the capital to contest the result of last month's general election.

Demonstrators gathered from early morning along Eduardo Mondlane and Julius Nyerere avenues, singing and waving flags. Police in armoured vehicles fired tear gas and then live ammunition as crowds tried to march towards the city centre, witnesses said. The civil society platform Plataforma Decide said three people were shot dead and at least 66 injured in the capital, many by bullets.

"They were not throwing anything. They were singing and the police started shooting," said Alberto Cossa, 24, who was treated for a gunshot wound to his leg at Maputo Central Hospital.

In Nampula, the country's third-largest city, thousands marched peacefully through the centre waving posters of opposition candidate Venancio Mondlane, local journalists said. Police watched but did not intervene.

Mondlane, who says the Oct. 9 election was rigged in favour of the ruling Frelimo party and its candidate Daniel Chapo, called the protest from an undisclosed location abroad. Frelimo has governed since independence from Portugal in 1975.

Tensions rose sharply after Oct. 19, when unidentified gunmen shot dead Mondlane's lawyer, Elvino Dias, and Paulo Guambe, an official of the Podemos party, in their car in central Maputo. Police have made no arrests in that case.

Plataforma Decide says at least 30 people have been killed in protest-related violence since Oct. 21. Police say officers have also been attacked and that some protesters looted shops.

Defence Minister Cristovao Chume warned this week that the army could be deployed "to protect the state" if the unrest continues.
""",
 E('EXF', 'Police Forces of Mozambique', 'Protesters (Mozambique)', 'rel:Thursday', L('Maputo', 'MZ', 'Maputo City'), 3, 'fired live rounds and tear gas at protesters'),
 E('PP', 'Protesters (Mozambique)', None, 'rel:Thursday', L('Nampula', 'MZ', 'Nampula'), None, 'thousands marched peacefully'),
 E('ATK', 'Unidentified Armed Group (Mozambique)', 'Civilians (Mozambique)', '2024-10-19', L('Maputo', 'MZ', 'Maputo City'), 2, 'unidentified gunmen shot dead', bg=True),
)

# 30 -- US court: sentencing of Jan. 6 rioter (no news event); background Jan. 6 2021 riot
A('local', '2024-12-12', """
Sandusky man gets 4 years for assaulting officers at U.S. Capitol on Jan. 6

By Mark Ellison | Lake Erie Courier | WASHINGTON | Thursday, December 12, 2024

A Sandusky, Ohio, man who struck two police officers with a flagpole during the attack on the U.S. Capitol was sentenced Wednesday to four years in federal prison, the U.S. Attorney's Office for the District of Columbia said.

Kevin R. Moyer, 44, was convicted in August of assaulting, resisting or impeding officers and of civil disorder after a four-day trial. Prosecutors had asked for six years, citing body-camera video showing him swinging the flagpole at officers defending a tunnel on the Capitol's Lower West Terrace.

U.S. District Judge Amy Berman Jackson said Moyer had shown "no genuine remorse" and had posted online after his arrest that he would "do it again." Moyer's lawyer said he would appeal.

On Jan. 6, 2021, thousands of supporters of then-President Donald Trump stormed the Capitol in an attempt to stop Congress from certifying Joe Biden's election victory, assaulting about 140 police officers. A woman from California was shot dead by a Capitol Police officer as she tried to climb through a broken window near the House chamber.

More than 1,500 people have been charged in connection with the riot, according to the Justice Department, and more than 1,000 have pleaded guilty or been convicted.

Trump, who won the November election, has said he will pardon many of the defendants when he takes office in January. Moyer's lawyer told reporters outside the courthouse that his client "hopes for a pardon."

Moyer was arrested at his home in Erie County in March 2023 after tips from former co-workers who recognized him in photos published by the FBI.
""",
 E('VD', 'Rioters (United States)', 'Police Forces of the United States', '2021-01-06', L('Washington', 'US', 'District of Columbia'), 1, 'stormed the Capitol', bg=True),
)

# 31 -- Russia: Beslan 20th anniversary (no news event); background seizure and storming
A('wire', '2024-09-02', """
BESLAN, Russia (Eastern Europe Wire) - Hundreds of people laid flowers and lit candles in the ruined gymnasium of School No. 1 in the southern Russian town of Beslan on Sunday, marking 20 years since the hostage siege in which more than 330 people, most of them children, were killed.

Mothers who lost their children stood in silence as the school bell rang at 9.15 a.m., the moment the attackers burst into the schoolyard on the first day of the 2004 school year. Many held photographs of their sons and daughters. White balloons were released into the sky, one for each child killed.

On Sept. 1, 2004, a group of more than 30 heavily armed militants loyal to the Chechen warlord Shamil Basayev seized the school during a ceremony and took more than 1,100 people hostage, herding them into the gymnasium, which they rigged with explosives. The hostages were held for three days without water in the summer heat.

On Sept. 3, explosions tore through the gymnasium and Russian special forces stormed the building in a chaotic battle with the hostage-takers that lasted for hours. The official toll was 334 hostages killed, 186 of them children. Only one of the attackers was captured alive.

The European Court of Human Rights ruled in 2017 that Russia had violated the right to life by using tanks, thermobaric rockets and other indiscriminate weapons during the assault, and had failed to plan the rescue properly. Moscow rejected the ruling.

"Twenty years have passed, and we still do not know the whole truth," said Susanna Dudiyeva, head of the victims' association Mothers of Beslan, who lost her 13-year-old son. She said families would continue to seek answers.

The commemorations, which continue until Tuesday, are taking place under tight security. A new school was built in the town after the siege, while the old building has been preserved as a memorial, its walls still marked by bullet holes.

President Vladimir Putin visited Beslan last month, his first visit since 2004, and met some of the mothers.
""",
 E('ABD', 'Chechen Separatists', 'Civilians (Russia)', '2004-09-01', L('Beslan', 'RU', 'North Ossetia-Alania'), None, 'the attackers burst into the schoolyard', bg=True),
 E('AC', 'Military Forces of Russia', 'Chechen Separatists', '2004-09-03', L('Beslan', 'RU', 'North Ossetia-Alania'), 334, 'Russian special forces stormed the building', bg=True),
)

# 32 -- Sweden: PM speech on gang bombings (no news event); statistic; one background dated explosion; threat
A('web', '2025-01-22', """
Swedish PM vows "everything on the table" as bombings rock Stockholm suburbs

By Erik Lindqvist | Stockholm | 22 January 2025

Prime Minister Ulf Kristersson promised on Wednesday to give police new powers to fight criminal gangs behind a surge in bombings, telling parliament that "the violence has reached a level no democracy can accept."

In a statement to the Riksdag, Kristersson said police had recorded more than 30 explosions across Sweden since the start of the year, most of them at apartment buildings, restaurants and businesses in the Stockholm area. The attacks are often carried out by teenagers recruited online by gang leaders, some of whom direct operations from abroad, he said.

"We will put everything on the table: stop-and-search zones, secret surveillance of minors, longer sentences for those who recruit children," he said. He also warned the gangs that "society will hit back with full force," and said the government was ready to deploy military explosives experts to help the police if needed.

The prime minister did not announce any specific new measures. Opposition Social Democrats accused the government of failing to deliver on promises made after a wave of shootings in 2023, when more than 50 people were killed in gang-related gun violence.

National police chief Petra Lundh told reporters that the explosions were "a tool of intimidation" linked to conflicts over drug debts and that nobody had been killed in this year's blasts so far. Police say they have arrested dozens of suspects, mostly under 18.

The Swedish Prosecution Authority said more than 120 bombings were recorded in 2024.

Residents of the suburbs most affected say they are afraid. In September 2023, a 25-year-old woman was killed when an explosion destroyed a terraced house in Storvreta, north of Uppsala; police said she was an innocent neighbour of the intended target.

"I wake up every time I hear a car door," said a woman in Hasselby, where a blast damaged the entrance of an apartment block this month. She asked not to be named.
""",
 E('IED', 'Unidentified Armed Group (Sweden)', 'Civilians (Sweden)', '2023-09', L('Storvreta', 'SE', 'Uppsala'), 1, 'was killed when an explosion destroyed a terraced house', bg=True),
 E('IED', 'Unidentified Armed Group (Sweden)', 'Civilians (Sweden)', '2025-01', L('Hasselby', 'SE', 'Stockholm'), 0, 'a blast damaged the entrance of an apartment block', bg=True),
)

# 33 -- South Sudan: UN report on sexual violence (no news event); one dated background incident
A('wire', '2025-06-12', """
JUBA (Nile Wire) - Armed groups and government soldiers in South Sudan committed at least 420 documented acts of sexual violence last year, many of them against girls, and nearly all went unpunished, a United Nations report said on Thursday.

The report by the UN Mission in South Sudan (UNMISS) and the UN human rights office said the true number of cases was likely to be far higher, as many survivors do not report attacks for fear of reprisals and stigma. It said most of the documented cases took place in Central Equatoria, Western Equatoria, Unity and Warrap states.

Soldiers of the South Sudan People's Defence Forces were blamed for about a third of the cases, the report said. The rest were attributed to the Sudan People's Liberation Army-In Opposition, the National Salvation Front and community-based militias, as well as unidentified armed men.

"Sexual violence continues to be used to terrorise and punish communities, and the impunity enjoyed by perpetrators is staggering," said Nicholas Haysom, head of UNMISS.

The report described one incident in detail. On Aug. 14 last year, soldiers from a government unit deployed near the town of Yei, in Central Equatoria, raped at least eight women who were collecting firewood outside a displacement camp, it said. A military court later convicted two soldiers over the attack, one of only a handful of prosecutions recorded during the year.

The report also warned that the risk of violence against women would rise as fighting spread in Upper Nile state in recent months and as tens of thousands of refugees arrived from Sudan.

The government said in a response annexed to the report that it was committed to "zero tolerance" for sexual violence and that it had deployed mobile courts to several states. It disputed some of the figures.

South Sudan gained independence in 2011 and plunged into civil war two years later. A 2018 peace deal ended most large-scale fighting, but local conflicts continue.
""",
 E('SV', 'Military Forces of South Sudan', 'Civilians (South Sudan)', '2024-08-14', L('Yei', 'SS', 'Central Equatoria', 2), None, 'raped at least eight women', bg=True),
)

# 34 -- Armenia: archbishop arrested, clashes outside NSS; background
A('wire', '2025-06-19', """
YEREVAN (Caucasus Wire) - Armenian security services arrested a prominent archbishop who has led protests against Prime Minister Nikol Pashinyan on Wednesday, accusing him of plotting to seize power, and his supporters clashed with police outside the building where he was held.

Officers of the National Security Service (NSS) detained Archbishop Mikael Arzumanyan at his residence near the Etchmiadzin cathedral early on Wednesday, his lawyer said. Investigators said the cleric and several associates had planned "mass disorder and the usurpation of power" and had been acquiring weapons. The lawyer called the charges absurd.

By the afternoon, several hundred supporters had gathered outside NSS headquarters in central Yerevan. When some of them tried to force their way through the main gate, throwing plastic bottles and stones, police used stun grenades and pepper spray and detained 27 people, the Interior Ministry said. Eight police officers and at least five protesters were taken to hospital with minor injuries.

In Gyumri, Armenia's second-largest city, about 150 people held a prayer rally outside a church on Wednesday evening in support of the archbishop. The rally passed without incident.

Pashinyan, who has been in a public feud with the leadership of the Armenian Apostolic Church, wrote on Facebook that "no one is above the law" and that the state would not tolerate attempts to overthrow the government.

Relations between the government and the church have deteriorated since Armenia lost the Nagorno-Karabakh region to Azerbaijan in a lightning offensive in September 2023, which led to the exodus of more than 100,000 ethnic Armenians. Church leaders backed street protests last year against Pashinyan's decision to hand four border villages in the Tavush region to Azerbaijan.

Parliamentary elections are due in June 2026.
""",
 E('ARR', 'National Security Service of Armenia', 'Armenian Apostolic Church', 'rel:Wednesday', L('Vagharshapat', 'AM', 'Armavir'), None, 'Armenian security services arrested a prominent archbishop'),
 E('VD', 'Rioters (Armenia)', 'Police Forces of Armenia', 'rel:Wednesday', L('Yerevan', 'AM', 'Yerevan'), None, 'his supporters clashed with police'),
 E('PP', 'Protesters (Armenia)', None, 'rel:Wednesday', L('Gyumri', 'AM', 'Shirak'), None, 'held a prayer rally'),
)

# 35 -- Venezuela: post-election protests, three cities; opposition leader arrested
A('wire', '2024-07-31', """
CARACAS (Andes Wire) - Venezuelan security forces arrested an opposition leader in Caracas on Tuesday as protests against President Nicolas Maduro's disputed re-election spread across the country, and a human rights group said at least one protester had been shot dead.

Freddy Salcedo, national coordinator of the opposition Voluntad Popular party, was seized by hooded agents of the SEBIN intelligence service as he left a meeting in the east of the capital on Tuesday afternoon, his party said. Authorities did not say where he was being held or what charges he faced.

Protests erupted on Monday after the National Electoral Council declared Maduro the winner of Sunday's election without publishing detailed results. The opposition says its tally sheets show its candidate, Edmundo Gonzalez, won by a wide margin.

In Caracas on Monday, National Guard troops fired tear gas and rubber pellets to stop thousands of people from the Petare slum from marching towards the Miraflores presidential palace, witnesses said.

In the city of Coro, in Falcon state, protesters pulled down a statue of the late president Hugo Chavez with ropes on Monday evening and set fire to a regional office of the ruling PSUV party.

In Maracay, about 100 km west of the capital, a 30-year-old man was shot dead on Monday when National Guard troops opened fire on demonstrators blocking a highway, according to the rights group Foro Penal. The government did not comment on the death.

Attorney General Tarek William Saab said on Tuesday that 749 people had been arrested nationwide for "vandalism and terrorism". Maduro accused the opposition of attempting a "fascist coup".

The United States, the European Union and several Latin American governments have called on the electoral authorities to publish the full results.
""",
 E('ARR', 'Police Forces of Venezuela', 'Voluntad Popular', 'rel:Tuesday', L('Caracas', 'VE', 'Capital District'), None, 'Venezuelan security forces arrested an opposition leader'),
 E('PWI', 'Protesters (Venezuela)', 'Military Forces of Venezuela', 'rel:Monday', L('Caracas', 'VE', 'Capital District'), None, 'National Guard troops fired tear gas and rubber pellets'),
 E('VD', 'Rioters (Venezuela)', None, 'rel:Monday', L('Coro', 'VE', 'Falcon'), None, 'protesters pulled down a statue'),
 E('EXF', 'Military Forces of Venezuela', 'Protesters (Venezuela)', 'rel:Monday', L('Maracay', 'VE', 'Aragua'), 1, 'a 30-year-old man was shot dead'),
)

# 36 -- Pakistan Balochistan: BLA takes Surab (NSO), forces retake next day (GRT); background Jaffar Express
A('web', '2025-06-01', """
Surab cleared after BLA militants held town for hours, torched bank and Levies station

By Shahzada Baloch | Quetta | June 1, 2025

Security forces regained control of Surab town in Balochistan's Kalat division on Saturday morning, a day after dozens of militants of the banned Balochistan Liberation Army (BLA) stormed the town, set fire to a bank and a Levies station and blocked the national highway for several hours, officials said.

According to the deputy commissioner, between 40 and 50 militants entered Surab from several directions at around 6 p.m. on Friday. They exchanged fire with Levies personnel guarding the station, then overpowered them and took their weapons. One Levies sepoy was martyred and three others were injured, he said. The militants then set fire to the National Bank branch, the Levies station and several government vehicles, and set up checkpoints on the N-25 highway, where they checked the identity cards of passing motorists.

"For about eight hours the town was in their hands. Markets closed and people stayed indoors," a shopkeeper said by phone.

Frontier Corps and police reinforcements arrived from Kalat overnight and cleared the town by 7 a.m. on Saturday after an exchange of fire in which four militants were killed, an ISPR statement said. It said a search operation was under way in the surrounding hills.

The BLA claimed the attack in a statement, saying its fighters had "taken control" of Surab and withdrawn "after completing the operation". Chief Minister Sarfraz Bugti called the attackers "cowards" and said the state's writ would be restored everywhere in the province.

Surab lies on the highway linking Quetta with Karachi, which militants have repeatedly blocked this year. On March 11, BLA fighters seized the Jaffar Express passenger train in the Bolan Pass near Mashkaf, taking hundreds of passengers hostage in the most audacious attack in the province's history.

Balochistan, Pakistan's largest but poorest province, has faced a separatist insurgency for two decades.
""",
 E('NSO', 'Balochistan Liberation Army', 'Police Forces of Pakistan', 'rel:Friday', L('Surab', 'PK', 'Balochistan'), 1, 'stormed the town'),
 E('GRT', 'Military Forces of Pakistan', 'Balochistan Liberation Army', 'rel:Saturday', L('Surab', 'PK', 'Balochistan'), 4, 'Security forces regained control of Surab town'),
 E('ABD', 'Balochistan Liberation Army', 'Civilians (Pakistan)', '2025-03-11', L('Mashkaf', 'PK', 'Balochistan', 2), None, 'BLA fighters seized the Jaffar Express passenger train', bg=True),
)

# 37 -- Somalia: Puntland vs IS-Somalia clash; US air strike; Al-Shabaab moves into town without a fight (NVT)
A('wire', '2025-02-06', """
MOGADISHU (Horn Press) - Puntland forces battled Islamic State militants in the Cal Miskaad mountains of northeastern Somalia on Tuesday, while the United States carried out an air strike against the group in the same area, officials said.

Fighting erupted when Puntland troops advancing on foot through the Dhasaan valley, southeast of the port city of Bosaso, came under fire from militants dug into caves, a Puntland military commander said by phone. He said seven soldiers were killed, and that the troops had killed "at least 30" fighters of the Islamic State in Somalia. Neither figure could be verified.

U.S. Africa Command said in a statement that it had conducted an air strike on Tuesday against ISIS-Somalia in the Cal Miskaad mountains, about 80 km southeast of Bosaso, "in coordination with the Federal Government of Somalia". It said its initial assessment was that several militants were killed and no civilians were harmed.

Puntland launched an offensive against the group in late December, saying the militants had recruited hundreds of foreign fighters and become a hub for the Islamic State's finances in Africa.

In central Somalia, meanwhile, Al-Shabaab fighters moved into the town of Adan Yabaal in the Middle Shabelle region on Wednesday morning without firing a shot, residents said, hours after government troops and allied clan militias pulled out overnight. "The soldiers left with their vehicles at night, and in the morning Al-Shabaab was in the market," a resident said. The defence ministry said the withdrawal was a "tactical repositioning".

Government forces had captured Adan Yabaal from Al-Shabaab in December 2022 during an offensive supported by U.S. air strikes and clan militias, one of the biggest gains of that campaign.

The federal government is also locked in a dispute with Puntland and Jubaland over election plans, which analysts say has weakened the fight against the militants.
""",
 E('AC', 'Military Forces of Puntland', 'Islamic State (Somalia)', 'rel:Tuesday', L('Dhasaan', 'SO', 'Bari', 2), 37, 'Puntland forces battled Islamic State militants'),
 E('AIR', 'Military Forces of the United States', 'Islamic State (Somalia)', 'rel:Tuesday', L('Cal Miskaad', 'SO', 'Bari', 2), 10, 'it had conducted an air strike'),
 E('NVT', 'Al Shabaab', 'Military Forces of Somalia', 'rel:Wednesday', L('Adan Yabaal', 'SO', 'Middle Shabelle'), 0, 'moved into the town of Adan Yabaal'),
 E('GRT', 'Military Forces of Somalia', 'Al Shabaab', '2022-12', L('Adan Yabaal', 'SO', 'Middle Shabelle'), None, 'Government forces had captured Adan Yabaal', bg=True),
)

# 38 -- Central African Republic: 3R vs FACA and Russian forces; abduction; background Chimbolo miners
A('wire', '2024-06-20', """
BANGUI (Central Africa Press) - Rebels of the 3R armed group attacked an army position near Bocaranga in northwestern Central African Republic on Tuesday, sparking hours of fighting with government troops and Russian paramilitaries in which at least five soldiers were killed, military and local sources said.

The rebels struck the position on the road between Bocaranga and Koui shortly after dawn, a military officer in Bocaranga said. Russian instructors, as the government calls the fighters of the Russian paramilitary group formerly known as Wagner, joined the fighting with a helicopter gunship. "We lost five men. The rebels lost many more," the officer said, without giving a number.

A day earlier, on Monday, 3R fighters abducted 12 people, among them the chief of the village of Bang, near Koui, accusing them of informing the army, a local priest said. Their relatives have been asked to pay for their release.

3R, which claims to protect the Fulani minority, is one of several armed groups that formed the Coalition of Patriots for Change (CPC) in 2020 to try to prevent the re-election of President Faustin-Archange Touadera. It signed a peace deal with the government in 2019 but later took up arms again.

The northwest of the country, rich in gold, has also seen attacks on foreign miners. On March 19 last year, gunmen killed nine Chinese nationals at a gold mine in Chimbolo, near the town of Bambari in the centre of the country, an attack the government blamed on the CPC, which denied involvement.

The United Nations peacekeeping mission MINUSCA said it had sent a patrol to Bocaranga on Wednesday. Human rights groups have accused both armed groups and the government's Russian allies of killing civilians in the region.
""",
 E('AC', '3R: Return, Reclamation, Rehabilitation', 'Military Forces of the Central African Republic', 'rel:Tuesday', L('Bocaranga', 'CF', 'Ouham-Pende', 2), 15, 'attacked an army position near Bocaranga'),
 E('ABD', '3R: Return, Reclamation, Rehabilitation', 'Civilians (Central African Republic)', 'rel:Monday', L('Bang', 'CF', 'Ouham-Pende'), None, '3R fighters abducted 12 people'),
 E('ATK', 'Unidentified Armed Group (Central African Republic)', 'Civilians (China)', '2023-03-19', L('Chimbolo', 'CF', 'Ouaka'), 9, 'gunmen killed nine Chinese nationals', bg=True),
)

# 39 -- Chile Araucania: forestry trucks torched (claimed), shots at police; background Canete killings
A('web', '2025-05-22', """
Twelve forestry trucks torched in Ercilla; gunmen fire on police patrol in Tirua

By Ignacio Fuentes | Temuco | May 22, 2025

Hooded men set fire to 12 logging trucks and two excavators at a forestry company's depot near Ercilla in Chile's southern Araucania region late on Tuesday, in the largest arson attack in the area this year, police said.

About eight armed men arrived at the depot shortly before midnight, tied up the security guard and doused the vehicles with fuel before setting them alight, regional police chief Gen. Rodrigo Prado said. The guard was released unhurt. Leaflets left at the scene demanded the return of ancestral Mapuche lands and the withdrawal of forestry companies.

The radical Mapuche group Weichan Auka Mapu claimed the attack on Wednesday in a statement sent to local radio stations, saying it was part of its "territorial resistance". The claim could not be verified.

On Wednesday afternoon, gunmen fired at a police patrol on a rural road near Tirua, in the neighbouring Biobio region. Officers returned fire and one police sergeant was slightly wounded in the arm, the Carabineros said. The attackers escaped into a eucalyptus plantation.

Interior Minister Alvaro Elizalde said the government would seek to extend the state of emergency in the region, in force since May 2022, which allows the army to patrol main roads.

The area has seen years of tension between Mapuche groups, the state and forestry companies. On April 27 last year, three Carabineros officers were shot dead and their patrol vehicle set on fire on a rural road near Canete, in the deadliest attack on police in decades. Several members of a Mapuche group have been charged.

Truck owners' associations threatened to block highways if the government does not improve security for their members.
""",
 E('LOOT', 'Weichan Auka Mapu', None, 'rel:Tuesday', L('Ercilla', 'CL', 'Araucania', 2), None, 'set fire to 12 logging trucks'),
 E('AC', 'Unidentified Armed Group (Chile)', 'Police Forces of Chile', 'rel:Wednesday', L('Tirua', 'CL', 'Biobio', 2), 0, 'gunmen fired at a police patrol'),
 E('AC', 'Unidentified Armed Group (Chile)', 'Police Forces of Chile', '2024-04-27', L('Canete', 'CL', 'Biobio', 2), 3, 'three Carabineros officers were shot dead', bg=True),
)

# 40 -- Greece: bomb at bank in Athens (claimed), riot on anniversary march, background 2008 killing
A('wire', '2024-12-09', """
ATHENS (Euro Press Service) - A bomb exploded outside a bank branch in the upmarket Athens neighbourhood of Kolonaki early on Saturday, causing heavy damage but no injuries after a warning call to a newspaper allowed police to cordon off the area, police said.

The device, placed at the entrance of the branch, went off at about 3:20 a.m., some 40 minutes after an anonymous caller told the Efsyn newspaper that a bomb would explode within half an hour. Windows of nearby shops and apartments were shattered. Nobody was hurt.

A group calling itself Cells of Armed Solidarity claimed the attack in a text posted on an anarchist website on Sunday, saying it targeted "the bankers who profit from evictions". Counter-terrorism police were examining the claim.

The bombing came hours after clashes in central Athens on Friday night, when hooded youths hurled petrol bombs and stones at riot police in the Exarchia district on the anniversary of the 2008 police killing of a teenager. Police responded with tear gas and stun grenades and detained 23 people, a police spokeswoman said. Several rubbish bins and a car were set on fire.

Earlier on Friday, in a separate rally, several thousand students and leftist activists marched peacefully to parliament.

On Dec. 6, 2008, a police officer shot dead 15-year-old Alexandros Grigoropoulos in Exarchia, sparking weeks of riots across Greece. The officer was sentenced to life in prison, later reduced on appeal.

Greek anarchist groups have carried out dozens of small bomb attacks against banks, government offices and politicians' homes over the past decade, usually after warning calls. Few have caused injuries.
""",
 E('IED', 'Cells of Armed Solidarity', None, 'rel:Saturday', L('Athens', 'GR', 'Attica'), 0, 'A bomb exploded outside a bank branch'),
 E('VD', 'Rioters (Greece)', 'Police Forces of Greece', 'rel:Friday', L('Athens', 'GR', 'Attica'), None, 'hurled petrol bombs and stones at riot police'),
 E('PP', 'Protesters (Greece)', None, 'rel:Friday', L('Athens', 'GR', 'Attica'), None, 'marched peacefully to parliament'),
 E('ATK', 'Police Forces of Greece', 'Civilians (Greece)', '2008-12-06', L('Athens', 'GR', 'Attica'), 1, 'a police officer shot dead 15-year-old Alexandros Grigoropoulos', bg=True),
)

# 41 -- Iraqi Kurdistan: PKK fighters burn weapons (Change to group/activity); Turkish drone strike; background TUSAS attack
A('wire', '2025-07-14', """
SULAYMANIYAH, Iraq (Gulf Desk) - A Turkish drone struck a car in the mountainous Amadiya district of northern Iraq on Sunday, killing two men whom Kurdish officials described as members of the Kurdistan Workers' Party (PKK), two days after a group of PKK fighters burned their weapons in a ceremony meant to launch the group's disarmament.

The strike hit the vehicle on a road near the village of Sargele at around 4 p.m., the Kurdistan Region's counter-terrorism service said in a statement. It did not identify the dead. Turkey's defence ministry did not comment, and the PKK did not confirm that the men were its members.

On Friday, about 30 PKK fighters, including four senior commanders, set fire to their rifles in a cauldron at the mouth of a cave near Sulaymaniyah, in front of journalists and officials from Iraq's Kurdistan region and Turkey's pro-Kurdish DEM party. The PKK, which has fought the Turkish state since 1984, announced in May that it would dissolve and end its armed struggle, following a call by its jailed founder Abdullah Ocalan.

"We voluntarily destroy our weapons as a step of goodwill," a female commander said, reading a statement in Turkish and Kurdish.

President Recep Tayyip Erdogan welcomed the ceremony as "the beginning of a new era" and said a parliamentary commission would draft the legal framework for the peace process. He also warned that the process would fail if "provocations" continued.

Turkish forces have carried out thousands of air and drone strikes on PKK positions in northern Iraq and Syria in recent years. Ankara intensified them after Oct. 23 last year, when two PKK militants armed with rifles and explosives attacked the headquarters of the state-owned aerospace company TUSAS on the outskirts of Ankara, killing five people before they were killed by security forces.

The conflict has killed more than 40,000 people since 1984.
""",
 E('AIR', 'Military Forces of Turkey', "Kurdistan Workers' Party", 'rel:Sunday', L('Amadiya', 'IQ', 'Duhok', 2), 2, 'A Turkish drone struck a car'),
 E('CHG', "Kurdistan Workers' Party", None, 'rel:Friday', L('Sulaymaniyah', 'IQ', 'Sulaymaniyah', 2), None, 'set fire to their rifles', plover='CONCEDE'),
 E('ATK', "Kurdistan Workers' Party", 'Civilians (Turkey)', '2024-10-23', L('Ankara', 'TR', 'Ankara', 2), 7, 'attacked the headquarters of the state-owned aerospace company TUSAS', bg=True),
)

# 42 -- Syria Sweida: Druze factions vs Bedouin fighters; Israeli strike on tanks; background abduction that triggered it
A('web', '2025-07-14', """
Dozens killed in Sweida as Druze factions and Bedouin tribes clash; Israel strikes Syrian tanks

By Rania Haddad | Beirut | 14 July 2025

Fighting between Druze armed factions and Bedouin tribal fighters in and around the southern Syrian city of Sweida killed at least 37 people on Sunday, according to the Syrian Observatory for Human Rights, the worst sectarian violence in the province since the fall of Bashar al-Assad.

The clashes began in the morning in the Al-Maqwas neighbourhood on the eastern edge of the city, where many Bedouin families live, and spread to villages in the western countryside by the afternoon, the monitor said. It said 27 Druze, including two children, and 10 Bedouin were among the dead.

The violence was triggered by the abduction on Friday of a Druze vegetable merchant by Bedouin gunmen on the highway between Damascus and Sweida, near the town of Al-Masmiyah, local media said. He was released on Saturday after being beaten, but Druze fighters responded by seizing several Bedouin men, and the tit-for-tat kidnappings escalated into gunfights.

On Monday morning, as government forces moved towards Sweida to "end the clashes", Israeli warplanes struck several Syrian army tanks near the village of Sami on the road into the province, the Israeli military said. Israel said the strike was meant to prevent the deployment of heavy weapons close to its border and to protect the Druze. Syrian state media said three soldiers were killed.

The interior ministry said it would deploy units to restore order and urged both sides to "exercise restraint". Druze religious leader Sheikh Hikmat al-Hijri called for international protection.

Sweida, home to most of Syria's Druze community, has largely run its own affairs since the collapse of Assad's rule in December. In late April and early May, clashes between Druze gunmen and government-aligned fighters in the Damascus suburbs of Jaramana and Ashrafiyat Sahnaya killed more than 100 people.
""",
 E('AC', 'Druze Militia (Syria)', 'Bedouin Tribal Militia (Syria)', 'rel:Sunday', L('Sweida', 'SY', 'As-Suwayda'), 37, 'Fighting between Druze armed factions and Bedouin tribal fighters'),
 E('ABD', 'Bedouin Tribal Militia (Syria)', 'Civilians (Syria)', 'rel:Friday', L('Al-Masmiyah', 'SY', 'Daraa', 2), 0, 'the abduction on Friday of a Druze vegetable merchant', bg=True),
 E('AIR', 'Military Forces of Israel', 'Military Forces of Syria', 'rel:Monday', L('Sami', 'SY', 'As-Suwayda', 2), 3, 'Israeli warplanes struck several Syrian army tanks'),
)

# 43 -- Mali: Africa Corps sets up base in Kidal (HQ established); bus hits IED; background Kidal retaken 2023
A('wire', '2025-04-03', """
BAMAKO (Agence Sahel Presse) - Russian paramilitary forces of the Africa Corps have set up a base in the former United Nations camp in Kidal, in northern Mali, taking over the role of the Wagner group that left the country last month, Malian military and local sources said on Wednesday.

Several hundred Russian personnel arrived in Kidal by road and air on Monday and moved into the sprawling camp vacated by the UN peacekeeping mission MINUSMA in 2023, a Malian officer said. Armoured vehicles and at least two helicopters were seen at the site, residents said. Russia's defence ministry, which controls the Africa Corps, did not comment.

"They are now the main force here, with our soldiers," the officer said, asking not to be named because he was not authorised to speak to the press.

In the centre of the country, a passenger bus struck an explosive device on the road between Gossi and Hombori on Tuesday, killing eight people and wounding 15, local officials said. No group claimed the blast. The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) operates in the area and has laid mines on roads to enforce blockades of towns it besieges.

Malian troops backed by Wagner fighters recaptured Kidal, the stronghold of Tuareg separatist rebels, on Nov. 14, 2023, after the rebels withdrew from the town. The capture was hailed by the junta as a historic victory, but fighting has continued in the surrounding desert. In July 2024, rebels and JNIM fighters ambushed an army and Wagner convoy near Tinzaouaten on the Algerian border, inflicting the heaviest losses the Russians have suffered in Africa.

The junta, which came to power in coups in 2020 and 2021, has turned away from France and towards Russia for security support.
""",
 E('HQ', 'Military Forces of Russia', None, 'rel:Monday', L('Kidal', 'ML', 'Kidal'), None, 'have set up a base in the former United Nations camp in Kidal'),
 E('IED', 'Unidentified Armed Group (Mali)', 'Civilians (Mali)', 'rel:Tuesday', L('Gossi', 'ML', 'Tombouctou', 2), 8, 'a passenger bus struck an explosive device'),
 E('NVT', 'Military Forces of Mali', 'Coordination of Azawad Movements', '2023-11-14', L('Kidal', 'ML', 'Kidal'), None, 'recaptured Kidal', bg=True),
 E('AC', 'Coordination of Azawad Movements', 'Military Forces of Mali', '2024-07', L('Tinzaouaten', 'ML', 'Kidal', 2), None, 'ambushed an army and Wagner convoy', bg=True),
)

# 44 -- Chad: communal clash between herders and farmers; background Sandana
A('wire', '2025-05-15', """
N'DJAMENA (Sahel Wire) - Clashes between herders and farmers in southern Chad killed at least 42 people on Wednesday, the government said, in one of the deadliest outbreaks of communal violence in the country in years.

The fighting erupted in the village of Mandakao, in the Logone Occidental province near the border with Cameroon, after a dispute over cattle that had strayed into a field, government spokesman Gassim Cherif Mahamat said in a statement on Thursday. Armed herders from the Arab community and farmers from the Ngambaye community fought with guns, machetes and bows and arrows for several hours, he said.

Witnesses said dozens of huts were burned. A nurse at the district hospital in Moundou said it had received more than 30 wounded, several with gunshot wounds.

The spokesman said security forces had been deployed to Mandakao and that 22 people had been arrested on Wednesday evening, including the village chief. He called on residents not to take the law into their own hands.

Conflicts over land and water between mostly Muslim herders and mostly Christian farmers are frequent in southern Chad, and have worsened as drought and the arrival of refugees from Sudan have pushed herders farther south. Rights groups accuse the authorities of failing to punish those responsible.

In one of the most serious previous incidents, clashes between herders and farmers in the village of Sandana, in the Moyen-Chari province, killed at least 13 people on Feb. 9, 2022.

President Mahamat Idriss Deby, who won a disputed election last year, ordered an investigation and sent the defence minister to the area.
""",
 E('AC', 'Arab Ethnic Militia (Chad)', 'Ngambaye Ethnic Militia (Chad)', 'rel:Wednesday', L('Mandakao', 'TD', 'Logone Occidental'), 42, 'Clashes between herders and farmers in southern Chad killed'),
 E('ARR', 'Military Forces of Chad', 'Civilians (Chad)', 'rel:Wednesday', L('Mandakao', 'TD', 'Logone Occidental'), None, '22 people had been arrested'),
 E('AC', 'Herder Communal Militia (Chad)', 'Farmer Communal Militia (Chad)', '2022-02-09', L('Sandana', 'TD', 'Moyen-Chari'), 13, 'clashes between herders and farmers in the village of Sandana', bg=True),
)

# 45 -- Nigeria: #EndBadGovernance protests: Kano riot, Abuja tear gas, Lagos peaceful
A('web', '2024-08-02', """
#EndBadGovernance: three killed in Kano as protesters loot, police tear-gas marchers in Abuja

By Chinedu Okafor | Lagos | August 2, 2024

At least three people were killed in the northern city of Kano on Thursday as a nationwide protest against hardship turned violent, with crowds looting government buildings and police firing live rounds, residents and rights groups said.

In Kano, hundreds of young men broke into the newly built offices of the Nigerian Communications Commission and carried away computers, furniture and doors, before setting part of the building on fire. Protesters also burned tyres and attacked shops along Zaria Road. Police fired tear gas and then live ammunition, and Amnesty International said three protesters were shot dead. Kano state governor Abba Yusuf imposed a 24-hour curfew on Thursday evening.

In the capital Abuja, police fired tear gas at a few thousand demonstrators who tried to march towards the Eagle Square and the presidential villa, and chased them away from the city centre. Several people were treated for breathing difficulties, but no serious injuries were reported.

In Lagos, the commercial capital, hundreds of people gathered peacefully at the Ojota park, a designated protest ground, holding placards that read "We are hungry" and "End bad governance". Police watched from a distance.

The protests, organised largely on social media, are directed at President Bola Tinubu's economic reforms, including the removal of a fuel subsidy and the devaluation of the naira, which have driven inflation above 30 per cent.

Inspector General of Police Kayode Egbetokun said 321 people had been arrested across the country and accused "hoodlums" of hijacking the demonstrations. Organisers said the protests would continue for 10 days.

The protests evoked memories of the #EndSARS movement against police brutality. On Oct. 20, 2020, soldiers opened fire on protesters at the Lekki toll gate in Lagos; a judicial panel later said at least 11 people were killed, which the army denies.
""",
 E('VD', 'Rioters (Nigeria)', 'Police Forces of Nigeria', 'rel:Thursday', L('Kano', 'NG', 'Kano'), 3, 'crowds looting government buildings'),
 E('PWI', 'Protesters (Nigeria)', 'Police Forces of Nigeria', 'rel:Thursday', L('Abuja', 'NG', 'Federal Capital Territory'), None, 'police fired tear gas at a few thousand demonstrators'),
 E('PP', 'Protesters (Nigeria)', None, 'rel:Thursday', L('Lagos', 'NG', 'Lagos'), None, 'hundreds of people gathered peacefully'),
 E('EXF', 'Military Forces of Nigeria', 'Protesters (Nigeria)', '2020-10-20', L('Lagos', 'NG', 'Lagos'), 11, 'soldiers opened fire on protesters', bg=True),
)

# 46 -- India/Pakistan: missile strikes on named sites (unnamed sites not coded), shelling of Poonch, drone in Lahore; background Pahalgam
A('wire', '2025-05-08', """
ISLAMABAD/NEW DELHI (South Asia Wire) - India fired missiles at what it called "terrorist infrastructure" at nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, and Pakistani artillery pounded Indian border towns in response, killing dozens of people in the worst fighting between the nuclear-armed neighbours in decades.

Pakistan's military said Indian missiles struck a mosque and seminary complex in the city of Bahawalpur in Punjab province shortly after 1 a.m., killing 13 people, including women and children. India said the complex was the headquarters of the militant group Jaish-e-Mohammed. Another strike hit a complex in Muridke, near Lahore, which India linked to Lashkar-e-Taiba; Pakistan said three people were killed there. The military did not give details of casualties at the other seven sites, saying 31 civilians had been killed in total.

India said its strikes, which it named Operation Sindoor, had been "focused, measured and non-escalatory" and that no Pakistani military facilities were targeted. It said more than 70 militants were killed, a claim Pakistan rejected.

Hours later, Pakistani troops shelled the town of Poonch in Indian-administered Kashmir with artillery and mortars, killing 12 civilians and wounding more than 50, Indian officials said. Shells struck a gurdwara and several homes in the town's market area, they said.

On Thursday morning, a drone exploded near a military installation in the eastern city of Lahore, wounding four soldiers, Pakistan's military said, adding that it had shot down 25 Indian drones over several cities. India did not comment.

The crisis began on April 22, when gunmen killed 26 men, most of them tourists, at a meadow near the resort of Pahalgam in Indian-administered Kashmir. India accused Pakistan of backing the attackers, which Islamabad denies.

Prime Minister Shehbaz Sharif vowed that Pakistan would "avenge every drop of blood" of those killed, while the United States, China and Gulf states urged both sides to show restraint.
""",
 E('SH', 'Military Forces of India', 'Civilians (Pakistan)', 'rel:Wednesday', L('Bahawalpur', 'PK', 'Punjab'), 13, 'Indian missiles struck a mosque and seminary complex'),
 E('SH', 'Military Forces of India', 'Civilians (Pakistan)', 'rel:Wednesday', L('Muridke', 'PK', 'Punjab'), 3, 'Another strike hit a complex in Muridke'),
 E('SH', 'Military Forces of Pakistan', 'Civilians (India)', 'rel:Wednesday', L('Poonch', 'IN', 'Jammu and Kashmir'), 12, 'Pakistani troops shelled the town of Poonch'),
 E('AIR', 'Military Forces of India', 'Military Forces of Pakistan', 'rel:Thursday', L('Lahore', 'PK', 'Punjab'), None, 'a drone exploded near a military installation'),
 E('ATK', 'Unidentified Armed Group (India)', 'Civilians (India)', '2025-04-22', L('Pahalgam', 'IN', 'Jammu and Kashmir', 2), 26, 'gunmen killed 26 men', bg=True),
)

# 47 -- Argentina: pensioners' march, photographer critically injured (EXF); detainees released
A('web', '2025-03-13', """
Photographer critically hurt as police break up pensioners' march outside Argentina's Congress

By Lucia Ferreyra | Buenos Aires | 13 March 2025

An Argentine press photographer was in critical condition on Thursday after being hit in the head by a tear gas canister fired by police during a protest by retirees outside the National Congress in Buenos Aires, his family and colleagues said.

Pablo Grillo, 35, was photographing the weekly Wednesday protest by pensioners demanding higher benefits when he was struck as federal police and gendarmes moved in to clear the square late in the afternoon, according to video footage widely shared online. He underwent emergency brain surgery at the Ramos Mejia hospital.

Security forces fired rubber bullets, tear gas and water cannon at several thousand people, including elderly pensioners and football fans who had joined the march in solidarity, witnesses said. At least 20 people were injured and 114 were detained. Nobody was killed, officials said.

Security Minister Patricia Bullrich defended the police operation, saying officers had acted against "violent groups" who wanted to "destabilise" the government. She did not provide evidence. A judge ordered the release of all detainees late on Wednesday, saying there were no grounds to hold them.

Press freedom groups including the Argentine Journalism Forum (FOPEA) condemned the injury to Grillo and called for an independent investigation. "Journalists are not targets," the organisation said.

Pensioners have rallied outside Congress every Wednesday for months to protest against President Javier Milei's austerity measures, which have cut the real value of many pensions. The government says the cuts were necessary to eliminate the fiscal deficit and bring down inflation.

Unions and opposition parties called for a larger march next Wednesday.
""",
 E('EXF', 'Police Forces of Argentina', 'Protesters (Argentina)', 'rel:Wednesday', L('Buenos Aires', 'AR', 'Buenos Aires F.D.'), 0, 'being hit in the head by a tear gas canister fired by police'),
)

# 48 -- UK: riots at asylum hotels (Rotherham, Tamworth), Middlesbrough; background Southport stabbing and Sunderland riot
A('wire', '2024-08-05', """
LONDON (Euro Press Service) - Rioters smashed windows and set fires at two hotels housing asylum seekers in the English towns of Rotherham and Tamworth on Sunday, as anti-immigration violence that began after a deadly knife attack spread across the country, police said.

In Rotherham, in South Yorkshire, a crowd of several hundred people, some masked, threw planks, bricks and fire extinguishers at police officers guarding the Holiday Inn Express hotel, then broke in and started a fire while asylum seekers and staff were inside, police said. At least 10 officers were injured. Nobody inside the hotel was hurt, the Home Office said.

In Tamworth, in the Midlands, rioters threw missiles at police and set fire to a bin next to another hotel used to house asylum seekers in the evening. One officer was injured, Staffordshire Police said.

In Middlesbrough, in northeast England, rioters smashed the windows of homes and cars and attacked police with bricks on Sunday afternoon after a protest in the town centre turned violent. Cleveland Police said 43 people had been arrested.

Prime Minister Keir Starmer condemned what he called "far-right thuggery" and said those involved would "regret taking part in this disorder". More than 150 people have been arrested across England since the unrest began.

The violence started after three young girls were killed in a stabbing attack at a dance class in the northwestern town of Southport on July 29. False rumours spread online that the suspect, a 17-year-old born in Wales, was a Muslim asylum seeker. On Friday, rioters in Sunderland set fire to a police office and a car and attacked officers.

Police chiefs say they are preparing for more disorder this week, with dozens of further protests advertised on social media.
""",
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', 'rel:Sunday', L('Rotherham', 'GB', 'England'), None, 'Rioters smashed windows and set fires'),
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', 'rel:Sunday', L('Tamworth', 'GB', 'England'), None, 'rioters threw missiles at police'),
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', 'rel:Sunday', L('Middlesbrough', 'GB', 'England'), None, 'rioters smashed the windows of homes and cars'),
 E('ATK', 'Unidentified Armed Group (United Kingdom)', 'Civilians (United Kingdom)', '2024-07-29', L('Southport', 'GB', 'England'), 3, 'three young girls were killed in a stabbing attack', bg=True),
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', 'rel:Friday', L('Sunderland', 'GB', 'England'), None, 'rioters in Sunderland set fire to a police office', bg=True),
)

# 49 -- US local: Butler anniversary (no news event); background shooting and foiled golf-course attempt
A('local', '2025-07-13', """
One year after Butler shooting, a town still living with the memory

By Jim Kowalski | Butler Eagle-Times | BUTLER, Pa. | Sunday, July 13, 2025

A year ago Sunday, the sound of gunfire turned a summer campaign rally at the Butler Farm Show grounds into a scene that residents of this western Pennsylvania county say they will never forget.

On July 13, 2024, a 20-year-old gunman climbed onto the roof of a manufacturing building just outside the rally's security perimeter and fired eight shots at then-candidate Donald Trump as he spoke. A bullet grazed Trump's right ear. Corey Comperatore, a 50-year-old volunteer fire chief from nearby Buffalo Township, was killed as he shielded his wife and daughters, and two other spectators were seriously wounded. A Secret Service counter-sniper shot and killed the gunman seconds later.

On Saturday evening, several hundred people gathered at the Farm Show grounds for a candlelight memorial for Comperatore, organised by his fire company. Pastor Tim Brown read the names of the wounded and led a prayer. There were no speeches about politics, organisers had asked.

"We come here to remember Corey, not to argue," said Helen Comperatore, his widow, who has said she does not want the day to become a political rally.

Investigations by a bipartisan Senate committee and an independent review panel found that Secret Service failures, including poor communication with local police, had allowed the gunman to reach the roof. Six agents were later suspended.

Two months after Butler, on Sept. 15, 2024, a Secret Service agent spotted a rifle barrel poking through shrubbery at Trump's golf course in West Palm Beach, Fla., and opened fire, causing the suspect to flee before Trump came into view. The man was arrested later that day and is awaiting trial.

Trump, now president, is not expected to visit Butler this year. A permanent memorial is planned at the fairgrounds, county commissioners said.
""",
 E('ATK', 'Unidentified Armed Group (United States)', 'Civilians (United States)', '2024-07-13', L('Butler', 'US', 'Pennsylvania'), 2, 'fired eight shots', bg=True),
 E('DWU', 'Police Forces of the United States', 'Unidentified Armed Group (United States)', '2024-09-15', L('West Palm Beach', 'US', 'Florida'), None, 'opened fire, causing the suspect to flee', mod='foiled', bg=True),
)

# 50 -- Indonesia: riots after police vehicle kills delivery driver; Makassar parliament burned
A('web', '2025-08-30', """
Three dead as rioters torch Makassar council building; Prabowo urges calm after driver's death

By Dewi Kartika | Jakarta | Saturday, August 30, 2025

Three people were killed when rioters set fire to the regional parliament building in the city of Makassar on Friday night, as protests over lawmakers' perks and the death of a motorcycle taxi driver run over by a police vehicle spread across Indonesia, officials said.

Crowds broke into the South Sulawesi provincial legislature compound at around 9 p.m., smashing windows and setting the main building and dozens of vehicles alight, police said. Two council staff members and a civil servant were trapped inside and died, the city's disaster agency said. Firefighters were prevented from reaching the building for hours.

In Jakarta, thousands of protesters, many of them ride-hailing drivers, besieged the headquarters of the police Mobile Brigade (Brimob) in the Kwitang area on Friday, throwing stones and fireworks at officers and setting fire to a police post. Police responded with tear gas and water cannon late into the night.

The anger was triggered by the death of Affan Kurniawan, 21, a delivery driver who was run over by a Brimob armoured vehicle as police dispersed a protest near the national parliament on Thursday evening. Video of the incident, which showed the vehicle driving over him and continuing without stopping, spread rapidly on social media.

President Prabowo Subianto said on Friday that he was "shocked and disappointed" by the officers' conduct, and promised a transparent investigation. Seven Brimob officers have been detained by the police's internal affairs division.

The protests began on Monday over a monthly housing allowance for members of parliament that is almost ten times the Jakarta minimum wage. Students and labour unions have called for further demonstrations next week.

Indonesia has not seen riots on such a scale since 1998, when unrest in Jakarta and other cities preceded the fall of President Suharto.
""",
 E('VD', 'Rioters (Indonesia)', None, 'rel:Friday', L('Makassar', 'ID', 'South Sulawesi'), 3, 'rioters set fire to the regional parliament building'),
 E('VD', 'Rioters (Indonesia)', 'Police Forces of Indonesia', 'rel:Friday', L('Jakarta', 'ID', 'Jakarta'), None, 'besieged the headquarters of the police Mobile Brigade'),
 E('EXF', 'Police Forces of Indonesia', 'Protesters (Indonesia)', 'rel:Thursday', L('Jakarta', 'ID', 'Jakarta'), 1, 'run over by a police vehicle'),
)
