#!/usr/bin/env python3
"""Annotator F, round "articles": whole news articles with their event coding.
Writes ../notes-F.jsonl and texts-F.jsonl (first 10 articles, no events).
An event's evidence is given as (trigger phrase, 1-based occurrence); byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, or 'rel:<Weekday>' (latest such weekday on/before published), 'rel:-N' (N days before)."""
import json, re, sys, atexit, datetime, collections
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

OUT = os.path.join(HERE, 'notes-F.jsonl')
TEXTS = os.path.join(HERE, 'texts-F.jsonl')

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
        aid = 'article-F-%04d' % n
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
# Articles
# ---------------------------------------------------------------------------------------------

# 1 -- Nigeria: base attack (toll update), separate IED, background 2019 overrun + retake, statistic
A('wire', '2024-03-14', """
MAIDUGURI, Nigeria (Sahel Wire) - Islamic State-allied fighters stormed a military base in the northeastern Nigerian town of Malam Fatori late on Tuesday, killing at least seven soldiers in a battle that lasted several hours, two military sources and a local official said.

The insurgents, who arrived in gun trucks from the direction of the border with Niger shortly before midnight, attacked the base with rocket-propelled grenades and heavy machine guns, according to one of the officers, who asked not to be named because he was not authorised to speak to the media. Troops fought back and called in air support, he said.

The Islamic State West Africa Province (ISWAP) claimed responsibility on Wednesday in a statement posted on its Telegram channels, saying its fighters had "killed and wounded dozens of apostates" and seized weapons and ammunition. The claim could not be independently verified.

By Thursday morning the toll had risen to nine soldiers after two wounded men died at a hospital in Maiduguri, the Borno state capital, the local official said. The army said in a statement that at least 14 insurgents were killed in the fighting and that the base remained under its control.

"They came in large numbers, but our men held the line and repelled them," an army spokesman said, adding that troops were pursuing the attackers towards the Lake Chad islands.

It was the second attack on Malam Fatori this year. In September 2019, ISWAP fighters briefly overran the town and its base before troops drove them out two days later, forcing thousands of residents to flee across the border into Niger.

In a separate incident on Wednesday, four farmers were killed when their tractor struck a landmine on a farm road outside Damboa, about 200 km (125 miles) to the southwest. Residents blamed Boko Haram, the rival jihadist faction, which has planted explosives on farm roads in the area to punish villagers it accuses of helping the army.

The insurgency in the northeast has killed more than 40,000 people and displaced about two million since 2009, according to the United Nations. Officials in Borno fear the jihadists could step up attacks ahead of the rainy season, when troops find it harder to move along flooded roads.
""",
 E('AC', 'Islamic State West Africa Province', 'Military Forces of Nigeria', 'rel:Tuesday', L('Malam Fatori', 'NG', 'Borno'), 23, 'stormed a military base'),
 E('NSO', 'Islamic State West Africa Province', 'Military Forces of Nigeria', '2019-09', L('Malam Fatori', 'NG', 'Borno'), None, 'briefly overran the town', bg=True),
 E('GRT', 'Military Forces of Nigeria', 'Islamic State West Africa Province', '2019-09', L('Malam Fatori', 'NG', 'Borno'), None, 'troops drove them out', bg=True),
 E('IED', 'Boko Haram', 'Civilians (Nigeria)', 'rel:Wednesday', L('Damboa', 'NG', 'Borno', 2), 4, 'struck a landmine'),
)

# 2 -- Somalia: checkpoint car bomb (toll update), background 2017 truck bomb and March hotel siege
A('web', '2024-06-05', """
Car bomb kills eight at Mogadishu checkpoint; al-Shabaab claims attack

By Amina Warsame | June 5, 2024

A car packed with explosives blew up at a security checkpoint near Mogadishu's busy KM4 junction on Tuesday afternoon, killing at least six people, including two police officers, and wounding more than 20, Somali police said.

Officers had stopped the white minibus for an inspection shortly before 3 p.m. when the driver jumped out and ran, police spokesman Abdifatah Aden told reporters at the scene. Moments later the vehicle exploded. Police believe it was detonated by remote control.

"The officers did their duty. They stopped the car before it could reach its target," Aden said, without saying what the target had been. Several shops and a bus stop were destroyed, and the blast shattered windows hundreds of metres away.

Witness Hodan Ali, who sells tea near the junction, said she was thrown to the ground. "There was smoke everywhere and people were screaming. I saw bodies on the road," she said.

Al-Shabaab, the al-Qaeda-linked group that has been fighting the federal government for more than 15 years, said in a statement on a website it uses that its fighters had carried out the bombing against "apostate forces and their collaborators."

On Wednesday a doctor at Medina Hospital said two more victims had died overnight, bringing the toll to eight. At least five of the wounded remain in critical condition.

The attack came almost seven years after a truck bomb blamed on al-Shabaab killed more than 500 people at the Zoobe junction in October 2017, the deadliest attack in the country's history. In March this year, the group's fighters besieged a hotel near the presidential palace for 13 hours before security forces ended the standoff; at least three soldiers were killed in that fighting.

President Hassan Sheikh Mohamud, who has declared "total war" on the militants, condemned Tuesday's attack and said the government would not be deterred. Security analysts warn that the group could strike again as African Union troops prepare to reduce their numbers later this year.
""",
 E('IED', 'Al Shabaab', 'Police Forces of Somalia', 'rel:Tuesday', L('Mogadishu', 'SO', 'Banaadir'), 8, 'A car packed with explosives blew up'),
 E('IED', 'Al Shabaab', 'Civilians (Somalia)', '2017-10', L('Mogadishu', 'SO', 'Banaadir'), 500, 'a truck bomb blamed on al-Shabaab killed', bg=True),
 E('AC', 'Al Shabaab', 'Military Forces of Somalia', '2024-03', L('Mogadishu', 'SO', 'Banaadir'), 3, 'besieged a hotel', bg=True),
)

# 3 -- Pakistan: two same-day incidents (checkpost attack; roadside bomb with TTP denial), background Peshawar mosque bombing
A('wire', '2023-11-22', """
PESHAWAR, Pakistan (Indus News Service) - Militants attacked a police checkpoint in northwestern Pakistan before dawn on Tuesday, killing three policemen, while a roadside bomb struck a military vehicle in the nearby North Waziristan district hours later, killing two soldiers, officials said.

The first attack took place at the Jani Khel checkpoint in Bannu district, where about a dozen gunmen opened fire with automatic weapons and threw hand grenades, district police chief Zia Khan said. Officers returned fire, and two of the attackers were killed in a gunfight that lasted about an hour before the rest escaped into nearby fields.

"Our men fought bravely. We lost three of our colleagues," Khan said. Two other officers were wounded and taken to a military hospital.

The Pakistani Taliban, or Tehrik-i-Taliban Pakistan (TTP), claimed the Bannu attack in a message to journalists, saying it was retaliation for the killing of its commanders in security operations.

Later on Tuesday, an improvised explosive device planted on the roadside detonated as an army vehicle passed through the Mir Ali area of North Waziristan, the military's media wing said in a statement. Two soldiers were killed and one was injured.

A TTP spokesman denied that the group had any role in the Mir Ali bombing. No other group claimed it.

The attacks were the latest in a wave of violence in Khyber Pakhtunkhwa province, which borders Afghanistan. Islamabad accuses the Taliban government in Kabul of allowing the TTP to use Afghan soil to plan attacks, a charge Kabul denies.

Police in the province are still haunted by the January 2023 suicide bombing of a mosque inside the Peshawar police headquarters, which killed more than 80 people, most of them officers, during afternoon prayers.

According to a report by an Islamabad-based think tank, more than 600 security personnel have been killed in militant attacks across the country so far this year. Officials warned on Wednesday that militants could target election rallies ahead of national polls expected early next year.
""",
 E('AC', 'Tehrik-i-Taliban Pakistan', 'Police Forces of Pakistan', 'rel:Tuesday', L('Jani Khel', 'PK', 'Khyber Pakhtunkhwa'), 5, 'Militants attacked a police checkpoint'),
 E('IED', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', 'rel:Tuesday', L('Mir Ali', 'PK', 'Khyber Pakhtunkhwa'), 2, 'a roadside bomb struck a military vehicle'),
 E('SB', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan', '2023-01', L('Peshawar', 'PK', 'Khyber Pakhtunkhwa'), 80, 'suicide bombing of a mosque', bg=True),
)

# 4 -- Ukraine: missile strike Kharkiv + drone strike Odesa same night, Russian claim, background May 2024 strike, statistic
A('wire', '2025-01-16', """
KYIV (Eastern Europe Wire) - Russian missiles slammed into an industrial district of Kharkiv early on Thursday, killing three people, and a swarm of drones set a grain terminal ablaze in the port of Odesa, Ukrainian officials said.

Kharkiv regional governor Oleh Syniehubov said two ballistic missiles hit the city's Slobidskyi district at about 4:30 a.m., destroying a warehouse and damaging dozens of apartment buildings. Three workers on a night shift were killed and 11 people were wounded, among them a 12-year-old girl.

"The enemy is again deliberately hitting civilian infrastructure," Syniehubov wrote on Telegram, posting photographs of firefighters working among the twisted metal.

In Odesa, attack drones struck port facilities in the early hours, starting a fire that burned for several hours, regional head Oleh Kiper said. Two security guards were injured but no one was killed, he said.

Ukraine's air force said Russia had launched 62 drones and two missiles overnight, and that 45 drones were shot down over 10 regions. It did not say what happened to the rest, but it usually attributes such losses to electronic jamming.

Russia's defence ministry said its forces had carried out a "massive strike" with precision weapons on "enterprises of the military-industrial complex" and port infrastructure used to supply the Ukrainian army. It did not name the cities. Moscow denies targeting civilians.

Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border and is hit almost daily. In May 2024, a Russian guided bomb strike on a crowded hardware superstore in the city killed 19 people, one of the deadliest single attacks on Kharkiv since the start of the full-scale invasion.

The United Nations human rights monitoring mission says more than 12,000 civilians have been killed in Ukraine since February 2022, a figure it says is likely to be a significant undercount.
""",
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Thursday', L('Kharkiv', 'UA', 'Kharkiv'), 3, 'Russian missiles slammed into'),
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Thursday', L('Odesa', 'UA', 'Odesa'), 0, 'a swarm of drones set a grain terminal ablaze'),
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-05', L('Kharkiv', 'UA', 'Kharkiv'), 19, 'guided bomb strike', bg=True),
)

# 5 -- Mexico: family killed in Celaya; arrests of two suspects (not politically relevant: not coded), background April attack, statistic
A('web', '2024-09-10', """
Gunmen kill five members of one family in Celaya, Guanajuato

Prosecutors say the attack may be linked to a dispute between rival cartels; two suspects detained

By Luis Ortega | Tuesday, September 10, 2024

CELAYA, Guanajuato - Armed men burst into a home in the Las Insurgentes neighbourhood of Celaya on Sunday night and shot dead five members of one family, including a 15-year-old boy, state prosecutors said.

Neighbours told local reporters that at least four men arrived in two pickup trucks shortly after 10 p.m., forced open the gate and opened fire on the family as they were eating dinner in the courtyard. A sixth person, a woman of 62, survived with gunshot wounds to her legs and was taken to the general hospital, where she was in stable condition.

"We heard dozens of shots, one after another. Then the trucks drove away and there was only crying," said a neighbour who gave only her first name, Rosa, for fear of reprisals.

The Guanajuato attorney general's office said in a statement on Monday that investigators were examining whether the killings were linked to the feud between the Jalisco New Generation Cartel and the local Santa Rosa de Lima gang, which have fought for control of fuel theft and drug dealing in the state for years. It said the family had no known criminal record.

Police detained two men in a raid on a house in the neighbouring municipality of Villagrán on Monday afternoon and seized a rifle that they believe was used in the attack, the office said.

The massacre was the latest in a string of mass killings in the Bajío region. In April, gunmen opened fire on mourners at a funeral in Villagrán, killing seven people.

Guanajuato has recorded more homicides than any other Mexican state for six years running, with more than 3,000 killings last year, according to official figures. Mayor-elect Juan Miguel Ramírez, who takes office next month, has promised to double the size of the municipal police force. "Families in Celaya should not have to live like this," he said.
""",
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'rel:Sunday', L('Celaya', 'MX', 'Guanajuato'), 5, 'shot dead five members of one family'),
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-04', L('Villagrán', 'MX', 'Guanajuato'), 7, 'gunmen opened fire on mourners', bg=True),
)

# 6 -- Kenya: three protest events of one day in three towns, background 2024 storming of parliament, planned protest
A('web', '2025-06-24', """
Police fire tear gas as tax protests return to Kenya's streets

One man shot dead in Nakuru as demonstrators torch police post; more marches planned for Thursday

By Wanjiru Kamau | Nairobi | June 24, 2025

Police in Nairobi fired tear gas and water cannon on Monday to disperse thousands of protesters who marched through the city centre against new taxes in the government's budget, while in the Rift Valley city of Nakuru demonstrators set fire to a police post and one man was shot dead.

In Nairobi, crowds of mostly young people waving flags and blowing whistles gathered along Kenyatta Avenue from mid-morning, chanting "Reject the budget." Riot police blocked roads leading to parliament and fired volleys of tear gas when marchers tried to push past the barricades. Police said 37 people were arrested in the capital.

In Nakuru, about 160 km northwest of the capital, protesters threw stones at officers, set fire to the Kaptembwo police post and looted several shops along the main road, according to a county police commander. A 24-year-old motorcycle taxi driver died of gunshot wounds at the Nakuru Level 5 hospital, a nurse said. Police said officers had fired "in self-defence."

In the western city of Kisumu, several hundred people marched peacefully to the county offices, where they handed a petition to officials and dispersed without incident.

The protests came a day before the first anniversary of the storming of parliament. On June 25, 2024, demonstrators breached the parliament compound in Nairobi and set part of the building on fire; at least six people were shot dead outside the building as police tried to regain control.

Rights groups accused the police of heavy-handed tactics on Monday. "Tear gas and bullets are not an answer to citizens' concerns," said Irungu Houghton of Amnesty International Kenya.

Interior Minister Kipchumba Murkomen praised officers for "showing restraint" and warned that anyone destroying property would be prosecuted. Protest organisers said they would return to the streets on Thursday and called on supporters to remain peaceful.
""",
 E('PWI', 'Protesters (Kenya)', 'Police Forces of Kenya', 'rel:Monday', L('Nairobi', 'KE', 'Nairobi'), None, 'fired tear gas and water cannon on Monday to disperse thousands of protesters'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', 'rel:Monday', L('Nakuru', 'KE', 'Nakuru'), 1, 'demonstrators set fire to a police post'),
 E('PP', 'Protesters (Kenya)', None, 'rel:Monday', L('Kisumu', 'KE', 'Kisumu'), 0, 'several hundred people marched peacefully'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2024-06-25', L('Nairobi', 'KE', 'Nairobi'), 6, 'demonstrators breached the parliament compound', bg=True),
)

# 7 -- Germany: NO news-of-the-day violence (trial opens); background attack + arrest; background 2016 Berlin attack
A('web', '2025-03-27', """
Trial opens over deadly knife attack at Bad Kreuznach wine festival

A 26-year-old man faces two counts of murder; prosecutors say he was inspired by Islamic State propaganda

By Katrin Vogel | Koblenz | March 27, 2025

The trial of a man accused of killing two people and wounding five in a knife attack at a wine festival in the spa town of Bad Kreuznach last summer opened on Thursday at the Higher Regional Court in Koblenz under tight security.

Federal prosecutors charge the defendant, a 26-year-old man identified only as Ahmad M. in line with German privacy rules, with two counts of murder, five counts of attempted murder and membership of a foreign terrorist organisation. He did not enter a plea and sat silently as the indictment was read out.

According to the indictment, the man walked up to a crowded wine stand on the evening of August 17, 2024, and stabbed people at random with a kitchen knife, killing a 58-year-old woman and a 31-year-old man. Police officers on patrol at the festival detained him about 30 minutes later in a park near the grounds.

Prosecutors say he had pledged allegiance to the Islamic State group in a video sent to a contact abroad days before the attack, but had acted alone. His lawyer told reporters that his client had a history of psychiatric illness and that the defence would ask for an expert assessment.

Relatives of the victims, some of whom are joint plaintiffs, filled the public gallery. "We want to understand how this could happen in our town," the brother of the murdered woman said outside the court.

The case has revived a debate about deportations and mental health checks for asylum seekers. Germany has been on high alert since the December 2016 truck attack on a Berlin Christmas market that killed 13 people, and the government says security agencies have foiled more than 20 Islamist plots since then.

Interior Minister Nancy Faeser said this week that the threat from Islamist extremism remained "acute." The court has scheduled 25 hearing days, with a verdict expected in the summer.
""",
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-08-17', L('Bad Kreuznach', 'DE', 'Rheinland-Pfalz'), 2, 'stabbed people at random', bg=True),
 E('ARR', 'Police Forces of Germany', 'Unidentified Armed Group (Germany)', '2024-08-17', L('Bad Kreuznach', 'DE', 'Rheinland-Pfalz'), None, 'detained him about 30 minutes later', bg=True),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2016-12', L('Berlin', 'DE', 'Berlin'), 13, 'truck attack on a Berlin Christmas market', bg=True),
)

# 8 -- Myanmar: airstrike (junta denies targeting civilians -> still occurred), AA claimed capture (claimed), background Pazigyi
A('wire', '2024-07-22', """
YANGON, Myanmar (Mekong Press Agency) - A Myanmar military airstrike on a village in the central Sagaing region killed 11 civilians, including four children, on Saturday, residents and a local resistance group said, in the latest aerial attack on an area that has resisted army rule since the 2021 coup.

A fighter jet dropped two bombs on Let Yet Kone village in Kani township at around 2 p.m., hitting a monastery compound where displaced families had been sheltering, a village administrator from the opposition National Unity Government said by phone. Eleven people were killed and at least 20 wounded, he said.

"The children were playing under the trees when the plane came. There was nowhere to run," said a 40-year-old farmer who lost his nephew in the strike. Villagers buried the dead on Sunday.

Major General Zaw Min Tun, the spokesman for the ruling military council, denied that civilians had been targeted. He told state media that the air force had struck a training camp of the "terrorist" People's Defence Force in the area and that reports of civilian deaths were "fabricated news."

The strike could not be independently verified. Internet and phone lines are cut in much of Sagaing, and the military bars foreign journalists from conflict areas.

Separately, the Arakan Army, an ethnic armed group fighting the military in western Rakhine state, said on Sunday that its fighters had captured a Border Guard Police outpost near the town of Maungdaw after several days of fighting. The military did not comment on the claim.

The military has increasingly relied on air power as it loses ground to resistance forces on several fronts. In April 2023, an airstrike on a gathering to open a village office in Pazigyi, also in Sagaing, killed more than 160 people, including many women and children, in what the UN human rights office called one of the deadliest attacks since the coup.

The Assistance Association for Political Prisoners, a monitoring group, says more than 5,000 civilians have been killed by the security forces since the coup. The UN special rapporteur on Myanmar has called for a global ban on supplying aviation fuel to the military.
""",
 E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'rel:Saturday', L('Let Yet Kone', 'MM', 'Sagaing'), 11, 'airstrike on a village'),
 E('NSO', 'Arakan Army', 'Police Forces of Myanmar', 'rel:Sunday', L('Maungdaw', 'MM', 'Rakhine', 2), None, 'captured a Border Guard Police outpost', mod='claimed'),
 E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2023-04', L('Pazigyi', 'MM', 'Sagaing'), 160, 'an airstrike on a gathering', bg=True),
)

# 9 -- Colombia: ELN abduction of contractors, separate IED near police station, background ceasefire agreement, threat
A('web', '2024-04-11', """
ELN rebels abduct two oil contractors in Arauca, army says

Separate explosion near a police station in Jamundí wounds three officers

By Carolina Restrepo | Bogotá | April 11, 2024

Fighters of the National Liberation Army (ELN) abducted two civilian contractors working for an oil pipeline maintenance company on a rural road in Colombia's Arauca province on Tuesday, the army said, in a blow to faltering peace talks between the guerrilla group and the government.

The two men, both engineers from Bogotá, were stopped at an improvised checkpoint near the municipality of Saravena by armed men wearing ELN armbands, who took them away in a pickup truck, according to an army statement. Their driver was released and alerted the authorities.

The ELN has not commented on the kidnapping. Arauca's governor, Renson Martínez, called on the group to release the men "immediately and unconditionally" and said the department was "tired of being a hostage" to armed groups.

In a separate incident on Wednesday, an explosive device hidden in a motorcycle went off near a police station in the town of Jamundí, in the southwestern Valle del Cauca province, wounding three officers, police said. No one was killed. Police blamed dissidents of the former FARC rebel group known as the Estado Mayor Central, which operates in the mountains around the town.

The government and the ELN agreed a six-month bilateral ceasefire at talks in Havana in June 2023, the longest truce ever reached with the group. The ceasefire was later extended but has been strained by accusations of violations on both sides, and the ELN has resumed kidnappings for ransom, which it calls "economic retentions."

In a statement posted online last week, an ELN commander warned that the group would "respond with force" if the army continued its operations in Arauca. The government's peace commissioner said talks could be suspended if the engineers were not freed.

Colombia's ombudsman's office says armed groups kidnapped more than 200 people last year, the highest figure in almost a decade.
""",
 E('ABD', 'National Liberation Army (ELN)', 'Civilians (Colombia)', 'rel:Tuesday', L('Saravena', 'CO', 'Arauca', 2), None, 'abducted two civilian contractors'),
 E('IED', 'FARC Dissidents (Estado Mayor Central)', 'Police Forces of Colombia', 'rel:Wednesday', L('Jamundí', 'CO', 'Valle del Cauca'), 0, 'an explosive device hidden in a motorcycle went off'),
 E('AGR', 'Government of Colombia', 'National Liberation Army (ELN)', '2023-06', L('Havana', 'CU', 'La Habana'), None, 'agreed a six-month bilateral ceasefire', bg=True),
)

# 10 -- US local: Statehouse protest with arrests, vigil in Dayton, background Cincinnati protest
A('local', '2024-10-29', """
4 ARRESTED AS HUNDREDS RALLY AT OHIO STATEHOUSE OVER HOUSING BILL

By Megan Doyle, Dispatch Staff Writer

COLUMBUS, Ohio — Four people were arrested Saturday after protesters blocked traffic on High Street during a rally of several hundred people outside the Ohio Statehouse against a bill that would make it easier to evict tenants, Columbus police said.

The rally, organized by a coalition of tenant unions and faith groups, began peacefully around noon with speeches on the Statehouse lawn. About 2 p.m., a group of roughly 50 demonstrators sat down across High Street and linked arms, halting traffic for nearly an hour.

Officers warned the group to leave the roadway and then arrested four people who refused, charging them with obstructing official business and disorderly conduct, police spokesperson Sgt. Joe Albert said. The rest of the crowd moved back onto the sidewalk. No one was hurt, he said.

"We are here because families in this city are one missed paycheck away from the street," said Denise Harper, a tenant organizer from Linden, who spoke to the crowd before the sit-in. "Lawmakers need to hear us."

House Bill 412, sponsored by Rep. Tom Keller, R-Lebanon, would shorten the notice period landlords must give before filing for eviction from three days to one. Keller said in a statement that the bill "restores balance" and that he respects "the right of Ohioans to protest peacefully."

In Dayton, about 60 people held a candlelight vigil outside the Montgomery County Courthouse on Saturday evening in support of the Columbus rally. Organizers said the gathering ended without incident.

The weekend's events recalled a larger protest in Cincinnati on Oct. 14, 2023, when police arrested 12 people who had occupied the lobby of City Hall during a debate on rent increases.

The bill is scheduled for a committee vote Nov. 13. Organizers said they plan to pack the hearing room and have not ruled out further civil disobedience.

Dispatch reporter Aaron Lee contributed.
""",
 E('PWI', 'Protesters (United States)', 'Police Forces of the United States', 'rel:Saturday', L('Columbus', 'US', 'Ohio'), 0, 'Four people were arrested Saturday after protesters blocked traffic'),
 E('PP', 'Protesters (United States)', None, 'rel:Saturday', L('Dayton', 'US', 'Ohio'), 0, 'held a candlelight vigil'),
 E('PWI', 'Protesters (United States)', 'Police Forces of the United States', '2023-10-14', L('Cincinnati', 'US', 'Ohio'), None, 'police arrested 12 people who had occupied the lobby of City Hall', bg=True),
)

# 11 -- Iraq: drone attack on Erbil base (0 killed), claimed; US threat (not coded); background Tower 22
A('wire', '2024-08-06', """
ERBIL, Iraq (Gulf Desk) - Two explosive-laden drones targeted a base hosting US-led coalition troops at Erbil airport in Iraq's Kurdistan region late on Monday, causing a fire but no casualties, Kurdish and US officials said.

The Kurdistan Region's counter-terrorism service said one drone was shot down by air defences over the outskirts of the city and the second crashed inside the airport perimeter near a fuel depot at about 11:40 p.m. "There were no casualties. Flights were not affected," the service said in a statement.

A US defence official, speaking on condition of anonymity, confirmed the attack and said no American personnel had been hurt. The official said damage to the base was "minimal."

The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed factions, claimed responsibility in a post on Telegram early on Tuesday, saying the attack was a response to "American support for the Zionist entity."

The claim came as tensions in the region rose sharply. The Pentagon has warned that it would respond "at a time and place of our choosing" to any attack that harms US forces, and Iraqi officials fear a new round of strikes on their territory could undermine the government of Prime Minister Mohammed Shia al-Sudani.

"Had the second drone hit the fuel tanks, we would be talking about a disaster," a Kurdish security official said.

Iran-aligned groups carried out more than 150 attacks on US forces in Iraq and Syria between October and February, according to the Pentagon. The campaign largely halted after a drone attack on the Tower 22 outpost in northeastern Jordan killed three US soldiers in January, prompting US strikes on dozens of targets in both countries.

Monday's attack was the first on Erbil airport in several months. Kurdish leaders have repeatedly called on Baghdad to rein in the factions, some of which belong to the state-sanctioned Popular Mobilisation Forces.
""",
 E('AIR', 'Islamic Resistance in Iraq', 'Military Forces of the United States', 'rel:Monday', L('Erbil', 'IQ', 'Erbil'), 0, 'Two explosive-laden drones targeted a base'),
 E('AIR', 'Islamic Resistance in Iraq', 'Military Forces of the United States', '2024-01', L('Tower 22', 'JO', 'Mafraq', 1), 3, 'a drone attack on the Tower 22 outpost', bg=True),
)

# 12 -- Burkina Faso: convoy ambush + village massacre same day, army claim of airstrikes (claimed), statistic
A('wire', '2023-08-09', """
OUAGADOUGOU (West Africa Press) - Jihadist fighters ambushed an army supply convoy in northern Burkina Faso on Monday, killing 12 soldiers and volunteer fighters, while gunmen killed at least 20 civilians in a village in the east of the country on the same day, security sources and residents said.

The convoy, escorting trucks carrying food to the besieged town of Djibo, was attacked about 25 km south of the town, two security sources said. The attackers detonated an explosive device under the lead vehicle before opening fire from both sides of the road. Soldiers fought back for more than two hours.

"We lost 12 men, including four VDP," one of the sources said, referring to the Volunteers for the Defence of the Homeland, a civilian militia that fights alongside the army. Several trucks were burned.

The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, claimed the ambush in a statement released on Tuesday, saying it had killed "dozens" of soldiers.

In the eastern Gourma province, unidentified gunmen on motorbikes rode into the village of Kouri on Monday afternoon and opened fire on men gathered at the market, residents told West Africa Press. "They went from shop to shop. At least 20 people are dead," said a resident who fled to Fada N'Gourma, the regional capital.

The army said in a statement on Wednesday that its air force had "neutralised dozens of terrorists" in strikes on hideouts near Fada N'Gourma on Tuesday. The statement gave no further details and the figure could not be verified.

Burkina Faso's military government, which seized power in a coup in 2022, has made fighting the jihadists its priority but has struggled to halt the violence. More than 2 million people have been displaced and violence has killed thousands since 2015, according to aid agencies.

Authorities have restricted reporting from conflict zones, and several journalists have been expelled or conscripted after criticising the army.
""",
 E('AC', 'Group for the Support of Islam and Muslims (JNIM)', 'Military Forces of Burkina Faso', 'rel:Monday', L('Djibo', 'BF', 'Sahel', 2), 12, 'ambushed an army supply convoy'),
 E('ATK', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', 'rel:Monday', L('Kouri', 'BF', 'Est'), 20, 'gunmen killed at least 20 civilians'),
 E('AIR', 'Military Forces of Burkina Faso', 'Group for the Support of Islam and Muslims (JNIM)', 'rel:Tuesday', L('Fada N\'Gourma', 'BF', 'Est', 2), 12, 'neutralised dozens of terrorists', mod='claimed'),
)

# 13 -- Afghanistan: NO news event (UN report statistics); background Kaaj bombing and a specific ERW blast
A('web', '2025-02-18', """
UN: civilian casualties in Afghanistan fell in 2024, but explosive remnants still kill children

By Farid Ahmadi | Kabul | February 18, 2025

Civilian casualties in Afghanistan fell for a third straight year in 2024, but unexploded ordnance left over from decades of war and attacks by the Islamic State group continue to kill and maim hundreds of people, the United Nations mission in the country said in a report published on Tuesday.

The UN Assistance Mission in Afghanistan (UNAMA) documented 1,030 civilian casualties last year, including 322 deaths, compared with 1,400 casualties in 2023. Children accounted for more than half of the victims of explosive remnants of war, most of them killed while playing with or collecting scrap metal from unexploded shells, the report said.

In one case cited by the mission, four children were killed in March when a mortar shell they had found exploded in a field in Helmand province's Nad Ali district.

Attacks claimed by the Islamic State's regional affiliate, Islamic State-Khorasan (IS-K), caused most casualties from deliberate violence, often targeting the Shia Hazara minority. The report recalls the September 2022 suicide bombing of the Kaaj education centre in Kabul's Dasht-e-Barchi neighbourhood, which killed 53 people, most of them young women preparing for university entrance exams.

"Every one of these deaths is preventable," Roza Otunbayeva, the head of the mission, said in a statement. She urged donors to restore funding for mine-clearance programmes, which she said had been cut by more than half since 2021.

The Taliban administration rejected parts of the report, saying it "does not reflect the improved security" in the country. A spokesman, Zabihullah Mujahid, said on X that IS-K had been "largely eliminated" and that isolated attacks would be dealt with "firmly."

Human rights groups said the report underestimated the harm to civilians because of restrictions on monitoring. The mission noted that it could not verify many incidents in remote areas and that its figures should be considered a minimum.

UNAMA also raised concern about public floggings, which it said were carried out in at least 20 provinces last year, and about restrictions on women that it said amounted to systematic discrimination.
""",
 E('IED', None, 'Civilians (Afghanistan)', '2024-03', L('Nad Ali', 'AF', 'Helmand', 2), 4, 'a mortar shell they had found exploded', bg=True),
 E('SB', 'Unidentified Armed Group (Afghanistan)', 'Civilians (Afghanistan)', '2022-09', L('Kabul', 'AF', 'Kabul'), 53, 'suicide bombing of the Kaaj education centre', bg=True),
)

# 14 -- France: police shooting (day 1) + riots on two nights in two towns; legal steps not coded; vague 2005 mention
A('web', '2024-04-11', """
Second night of unrest west of Paris after police shoot teenager at traffic stop

Cars and a town hall annex set alight in Mantes-la-Jolie and Les Mureaux; officer placed under formal investigation

By Claire Dubois | April 11, 2024

A police officer shot dead a 17-year-old driver during a traffic stop in Mantes-la-Jolie, west of Paris, on Tuesday, prompting two nights of rioting in which youths torched cars and attacked public buildings, officials said on Thursday.

According to the Versailles prosecutor's office, two motorcycle officers stopped the teenager's rental car for a traffic violation in the Val Fourré district shortly after 5 p.m. When the car pulled away, one of the officers fired a single shot, hitting the driver in the chest. He died at the scene despite efforts by paramedics.

A video shared widely on social media appeared to contradict the officers' initial account that the car had been driving at them. The officer, 38, was placed under formal investigation for voluntary manslaughter on Thursday and remanded in custody.

Within hours of the shooting, groups of young people set fire to cars and rubbish bins in Val Fourré and threw fireworks and stones at police, who responded with tear gas. Some 40 vehicles were burned and a bus shelter was destroyed on Tuesday night, the Yvelines prefecture said.

On Wednesday night the violence spread across the Seine to Les Mureaux, where rioters set fire to an annex of the town hall and looted a supermarket. Police arrested 22 people there and 11 officers were slightly injured, the interior ministry said.

"Nothing justifies the death of a young man. Nothing justifies violence either," Prime Minister Gabriel Attal said on a visit to the area, calling for calm. The teenager's mother has called for a silent march in Val Fourré on Saturday.

The shooting has revived memories of the nationwide riots of 2005 and of more recent unrest over police violence in France's poorer suburbs, where many residents are of immigrant descent. Rights groups say a 2017 law loosening the rules on when officers may shoot at moving vehicles has led to more deaths.
""",
 E('ATK', 'Police Forces of France', 'Civilians (France)', 'rel:Tuesday', L('Mantes-la-Jolie', 'FR', 'Ile-de-France'), 1, 'shot dead a 17-year-old driver'),
 E('VD', 'Rioters (France)', 'Police Forces of France', 'rel:Tuesday', L('Mantes-la-Jolie', 'FR', 'Ile-de-France'), None, 'set fire to cars and rubbish bins'),
 E('VD', 'Rioters (France)', 'Police Forces of France', 'rel:Wednesday', L('Les Mureaux', 'FR', 'Ile-de-France'), None, 'rioters set fire to an annex of the town hall'),
)

# 15 -- Sudan: RSF shelling of camp, RSF looting, SAF airstrike (same day, three places); background Zamzam attack
A('wire', '2025-05-08', """
PORT SUDAN, Sudan (Nile Wire) - Paramilitary Rapid Support Forces shelled a camp for displaced people on the edge of El Fasher on Wednesday, killing at least nine people, while the army carried out air strikes on RSF positions in Nyala, according to local activists and medics.

Shells hit Abu Shouk camp, north of El Fasher, in the morning, striking a water point where women and children were queuing, the Emergency Lawyers group said. A local resistance committee put the death toll at nine, including three children, and said more than 30 people were wounded.

El Fasher, the last major city in the Darfur region still held by the army and its allies, has been besieged by the RSF for more than a year. Aid groups say famine conditions have been confirmed in the camps around it.

In North Kordofan state, RSF fighters looted the main market and several shops in the town of Um Sumeima on Wednesday, residents said, taking food, fuel and mobile phones before leaving in pickup trucks. No casualties were reported.

The army's air force struck RSF positions and a fuel depot in Nyala, the capital of South Darfur and the RSF's main stronghold in the region, on Wednesday afternoon, a military source told Nile Wire. The RSF said in a statement that the strikes killed five civilians in a residential neighbourhood, a claim the army denied.

The RSF has been accused of mass atrocities in Darfur. In April, RSF fighters stormed the Zamzam displacement camp south of El Fasher, killing hundreds of civilians, according to the United Nations.

The war between the army and the RSF erupted in April 2023 and has killed tens of thousands of people and forced more than 12 million from their homes, creating what aid agencies describe as the world's largest humanitarian crisis. Several rounds of talks mediated by the United States and Saudi Arabia have failed to produce a lasting ceasefire.
""",
 E('SH', 'Rapid Support Forces', 'Civilians (Sudan)', 'rel:Wednesday', L('Abu Shouk', 'SD', 'North Darfur', 1), 9, 'shelled a camp for displaced people'),
 E('LOOT', 'Rapid Support Forces', 'Civilians (Sudan)', 'rel:Wednesday', L('Um Sumeima', 'SD', 'North Kordofan'), 0, 'looted the main market'),
 E('AIR', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Wednesday', L('Nyala', 'SD', 'South Darfur'), None, 'the army carried out air strikes on RSF positions in Nyala'),
 E('ATK', 'Rapid Support Forces', 'Civilians (Sudan)', '2025-04', L('Zamzam', 'SD', 'North Darfur'), 100, 'stormed the Zamzam displacement camp', bg=True),
)

# 16 -- West Bank: settler attack (army denial of firing) + Jenin raid clash; background Huwara shooting and rampage
A('wire', '2023-05-17', """
RAMALLAH, West Bank (Levant News Agency) - Israeli settlers set fire to homes and cars in the Palestinian village of Turmus Ayya on Tuesday evening and a 19-year-old man was shot dead during the attack, the Palestinian health ministry said, while Israeli troops killed three militants in a raid in Jenin hours later.

Dozens of settlers, some of them masked, descended on the village from nearby hilltop outposts at about 7 p.m., throwing stones and firebombs, residents said. At least six homes and more than a dozen cars were torched. Villagers said the young man was hit in the neck by a bullet as they tried to push the settlers back.

The Israeli military said soldiers were sent to the village to "separate between the sides" and that troops had not fired live ammunition. It said the incident was under review and that the Israel Police had opened an investigation. No arrests had been reported by Wednesday evening.

Before dawn on Wednesday, Israeli forces entered the Jenin refugee camp in what the military said was an operation to arrest wanted suspects. Gunmen opened fire and threw explosive devices at the troops, who returned fire. Three Palestinian militants were killed, the health ministry said. The Jenin Brigade, a local armed group, said the three were its members.

Violence by settlers has surged in the occupied West Bank. In February, hundreds of settlers rampaged through the town of Huwara, burning dozens of homes and cars and killing one Palestinian man, hours after a Palestinian gunman shot dead two Israeli brothers driving through the town.

The United Nations says more Palestinians have been killed in the West Bank this year than in any comparable period since it began keeping records in 2005. Palestinian President Mahmoud Abbas condemned Tuesday's attack as "organised terrorism" and called for international protection.

Israel's finance minister, Bezalel Smotrich, who lives in a settlement, said the state would "not tolerate" violence by Jews against Arabs, but also blamed Palestinian attacks for the cycle of violence.
""",
 E('ATK', 'Settlers (Israel)', 'Civilians (Palestine)', 'rel:Tuesday', L('Turmus Ayya', 'PS', 'Ramallah and al-Bireh'), 1, 'Israeli settlers set fire to homes and cars'),
 E('AC', 'Military Forces of Israel', 'Jenin Brigade', 'rel:Wednesday', L('Jenin', 'PS', 'Jenin'), 3, 'killed three militants in a raid in Jenin'),
 E('ATK', 'Settlers (Israel)', 'Civilians (Palestine)', '2023-02', L('Huwara', 'PS', 'Nablus'), 1, 'settlers rampaged through the town of Huwara', bg=True),
 E('ATK', 'Unidentified Armed Group (Palestine)', 'Civilians (Israel)', '2023-02', L('Huwara', 'PS', 'Nablus'), 2, 'a Palestinian gunman shot dead two Israeli brothers', bg=True),
)

# 17 -- Yemen: US strikes on Hodeidah (Houthi toll), Houthi missile at ship (claimed+confirmed, 0 dead), threat; background True Confidence
A('web', '2024-06-25', """
US strikes radar sites in Yemen's Hodeidah as Houthis claim new attack on ship

By Samir Haddad | June 25, 2024

US forces struck Houthi radar sites and a drone launch station near the Yemeni port city of Hodeidah on Monday, the US military said, a day after the Iran-backed group claimed a missile attack on a cargo ship in the Red Sea.

US Central Command said in a statement that the strikes destroyed "three radar sites and one uncrewed aerial system launch station" that posed "an imminent threat" to merchant shipping. It did not say whether anyone was killed. The Houthi-run Al-Masirah television said four people, whom it described as civilians, were killed in the raids on the al-Jabbana area west of the city.

On Sunday, a Houthi military spokesman, Yahya Saree, said the group had fired "a number of ballistic missiles" at a Liberian-flagged bulk carrier in the Red Sea. The British military's United Kingdom Maritime Trade Operations (UKMTO) agency confirmed that a missile had landed in the water close to a vessel about 60 nautical miles west of Hodeidah. The crew was safe and the ship continued to its next port, UKMTO said.

The Houthis, who control Yemen's capital Sanaa and much of the north, say their attacks are in solidarity with Palestinians in Gaza. Their leader, Abdul-Malik al-Houthi, warned in a televised speech on Thursday that the group would "expand the circle of targets" if the strikes on Yemen continued.

The group's campaign has disrupted one of the world's busiest shipping routes, forcing many companies to divert vessels around the southern tip of Africa. In March, a Houthi missile struck the bulk carrier True Confidence in the Gulf of Aden, killing three crew members, the first deaths in the campaign.

The United States and Britain have carried out hundreds of strikes on Houthi targets since January, but analysts say they have done little to reduce the group's capacity to launch missiles and drones.
""",
 E('AIR', 'Military Forces of the United States', 'Ansar Allah (Houthis)', 'rel:Monday', L('Hodeidah', 'YE', 'Al Hudaydah', 2), 4, 'US forces struck Houthi radar sites'),
 E('SH', 'Ansar Allah (Houthis)', 'Civilians (International)', 'rel:Sunday', L('Hodeidah', 'YE', 'Al Hudaydah', 2), 0, 'fired "a number of ballistic missiles"'),
 E('SH', 'Ansar Allah (Houthis)', 'Civilians (International)', '2024-03', L('Aden', 'YE', 'Aden', 2), 3, 'a Houthi missile struck the bulk carrier', bg=True),
)

# 18 -- Norway: NO news event (anniversary commemoration); background Oslo bomb and Utoya shooting; sentence not coded
A('wire', '2025-07-22', """
OSLO (Nordic Press Service) - Norway marked 14 years on Tuesday since a far-right extremist killed 77 people in a bomb attack in Oslo and a shooting spree at a youth camp on the island of Utøya, with survivors warning that the ideas behind the massacre have not gone away.

Prime Minister Jonas Gahr Støre laid a wreath at the memorial in the government quarter, where on July 22, 2011, a car bomb left outside the building housing the prime minister's office exploded, killing eight people and wounding dozens.

About two hours after the blast, the attacker, disguised as a police officer, took a ferry to Utøya, where the youth wing of the Labour Party was holding its annual summer camp. He shot dead 69 people, most of them teenagers, before he surrendered to a police counter-terrorism unit more than an hour later.

"Fourteen years on, we must still say what this was: a political attack on democracy, on young people who believed in an open society," Støre said. The names of the victims were read out at a ceremony on the island, attended by survivors and relatives.

The attacker was sentenced in 2012 to 21 years of preventive detention, a sentence that can be extended indefinitely. His application for parole was rejected in 2022 and a court is expected to hear a new application next year.

Lisbeth Røyneland, who leads the support group for the bereaved, said survivors still received hateful messages online. "We hear the same words today that he wrote in his manifesto. That is frightening," she said.

The Norwegian Police Security Service (PST) said in its annual threat assessment that right-wing extremists and Islamist extremists remained the main terrorist threat to the country, and that a growing number of those investigated were teenagers radicalised online. It rates the likelihood of an attack in the coming year as "possible."
""",
 E('IED', 'Unidentified Armed Group (Norway)', 'Civilians (Norway)', '2011-07-22', L('Oslo', 'NO', 'Oslo'), 8, 'a car bomb left outside the building', bg=True),
 E('ATK', 'Unidentified Armed Group (Norway)', 'Civilians (Norway)', '2011-07-22', L('Utøya', 'NO', 'Buskerud'), 69, 'He shot dead 69 people', bg=True),
 E('ARR', 'Police Forces of Norway', 'Unidentified Armed Group (Norway)', '2011-07-22', L('Utøya', 'NO', 'Buskerud'), None, 'surrendered to a police counter-terrorism unit', bg=True),
)

# 19 -- Philippines: NPA ambush (clash), follow-up arms cache seizure, background NPA founding
A('wire', '2024-12-03', """
CATARMAN, Philippines (Archipelago News) - Two soldiers and a communist rebel were killed when New People's Army guerrillas ambushed an army patrol in the mountains of Northern Samar province on Sunday, the military said on Tuesday.

Soldiers of the army's 20th Infantry Battalion were on foot patrol near the village of Cag-anibong in Las Navas town when about 20 rebels opened fire from a ridge at around 9 a.m., a spokesman for the army's 8th Infantry Division, Captain Jefferson Mariano, said. A 30-minute firefight followed before the rebels withdrew into the forest, leaving behind the body of one of their comrades.

"Our troops responded swiftly and professionally," Mariano said. Three other soldiers were wounded and flown to a hospital in Catarman, the provincial capital.

Troops pursuing the rebels found an arms cache in a hideout about 5 km from the ambush site on Monday, Mariano said, recovering six rifles, two anti-personnel mines and several hundred rounds of ammunition.

There was no immediate comment from the Communist Party of the Philippines, whose armed wing is the New People's Army. The group usually issues statements through regional spokespeople days after clashes.

The New People's Army was founded in March 1969 and has waged one of Asia's longest-running insurgencies, which the military says has killed more than 40,000 people. The government says the rebels' strength has dwindled to about 1,500 fighters, from a peak of more than 25,000 in the 1980s.

President Ferdinand Marcos Jr. has offered amnesty to rebels who surrender, and the two sides have held exploratory contacts about resuming peace talks, though no formal negotiations have taken place since 2017.

Eastern Visayas, which includes Samar, remains one of the last strongholds of the insurgency. Local officials have urged residents to report rebel movements and warned that the guerrillas may try to recruit young people in remote villages.
""",
 E('AC', 'New People\'s Army', 'Military Forces of the Philippines', 'rel:Sunday', L('Las Navas', 'PH', 'Northern Samar', 2), 3, 'ambushed an army patrol'),
 E('DWU', 'Military Forces of the Philippines', 'New People\'s Army', 'rel:Monday', L('Las Navas', 'PH', 'Northern Samar', 2), None, 'found an arms cache'),
 E('CHG', 'New People\'s Army', None, '1969-03', L('Philippines', 'PH', None, 4), None, 'was founded in March 1969', bg=True),
)

# 20 -- DR Congo (Ituri): CODECO attack on IDP site (toll conflict -> conservative), army retakes village, M23 statement (not coded)
A('wire', '2024-12-03', """
BUNIA, Democratic Republic of Congo (Great Lakes Wire) - Militiamen armed with machetes and guns attacked a camp for displaced people in Congo's northeastern Ituri province on Sunday night, killing at least 14 people, local officials and aid workers said.

Fighters of the CODECO militia, which claims to defend the interests of the Lendu community, raided the Plaine Savo site in Djugu territory shortly after 10 p.m., setting fire to dozens of makeshift shelters, said Dieudonné Losa, a civil society leader in the area. Most of the victims were women and children from the Hema community, he said.

The territory's administrator, Colonel Ruphin Mapela, put the toll at 14 dead and nine wounded on Monday. Losa's group said it had counted 21 bodies. UN peacekeepers based nearby said they had fired warning shots and that the attackers had fled before they arrived.

"These people fled their villages to find safety here. Now they are being killed in the place where they were told they would be protected," said an aid worker with a medical charity that runs a clinic at the site, who asked not to be named.

The army said on Tuesday that its soldiers had retaken the village of Lopa, about 15 km away, from CODECO fighters on Monday after a two-hour battle in which five militiamen were killed. The militia had seized the village in late November.

Ituri has been torn by violence between Lendu and Hema militias since 1999, and CODECO has been blamed for many of the deadliest attacks on displacement sites. In February 2022, the group killed at least 60 people in an attack on the Plaine Savo camp itself, one of the worst massacres in the province in years.

The violence in Ituri has been overshadowed by the M23 rebellion in neighbouring North Kivu province. In a statement on Monday, the M23 said it would "defend the population" if the army continued to attack its positions, and warned that it could advance towards the provincial capital, Goma.

More than 6 million people are displaced within Congo, according to the United Nations, the highest number in Africa.
""",
 E('ATK', 'CODECO', 'Civilians (Democratic Republic of Congo)', 'rel:Sunday', L('Plaine Savo', 'CD', 'Ituri'), 14, 'attacked a camp for displaced people'),
 E('GRT', 'Military Forces of the Democratic Republic of Congo', 'CODECO', 'rel:Monday', L('Lopa', 'CD', 'Ituri'), 5, 'had retaken the village of Lopa'),
 E('NSO', 'CODECO', None, '2024-11', L('Lopa', 'CD', 'Ituri'), None, 'The militia had seized the village', bg=True),
 E('ATK', 'CODECO', 'Civilians (Democratic Republic of Congo)', '2022-02', L('Plaine Savo', 'CD', 'Ituri'), 60, 'the group killed at least 60 people', bg=True),
)

# 21 -- Mozambique: beheadings in Macomia, Rwandan/Mozambican clash, background Palma 2021; hypothetical
A('web', '2024-06-05', """
Insurgents behead villagers in Cabo Delgado as attacks spread south

By Tomás Nhantumbo | Pemba | June 5, 2024

Islamic State-linked insurgents beheaded four men in a village in Macomia district in Mozambique's northern Cabo Delgado province on Monday, residents and a local official said, in the latest of a series of attacks that have sent thousands fleeing.

The insurgents entered the village of Chai at dawn, gathered residents near the market and accused several men of informing the army, a resident who fled to the provincial capital Pemba told this reporter by phone. Four men were taken aside and beheaded, and about 30 houses were set on fire, he said.

A district official confirmed the killings but said the number could rise because some residents were still missing in the bush. Islamic State's Mozambique Province claimed the attack in its weekly newsletter, saying it had killed "four Christians."

On Tuesday, Rwandan and Mozambican troops clashed with a group of insurgents near the Messalo river, south of Chai, the Rwanda Defence Force said in a statement. It said six insurgents were killed and weapons recovered. The Mozambican defence ministry did not comment.

The insurgency began in October 2017 with attacks on police stations in the coastal town of Mocímboa da Praia. The conflict reached a turning point in March 2021, when hundreds of fighters overran the town of Palma, next to a multibillion-dollar gas project run by TotalEnergies, killing dozens of people and forcing the company to suspend work.

Rwanda sent troops months later, and Mozambican and Rwandan forces recaptured Mocímboa da Praia in August 2021. The insurgents have since regrouped in smaller units.

Aid agencies say more than 100,000 people have been displaced since January. "If the attacks continue at this pace, we could see a repeat of 2020 and 2021," said a humanitarian official in Pemba, who asked not to be named.
""",
 E('ATK', 'Islamic State Mozambique Province', 'Civilians (Mozambique)', 'rel:Monday', L('Chai', 'MZ', 'Cabo Delgado'), 4, 'beheaded four men'),
 E('AC', 'Military Forces of Rwanda', 'Islamic State Mozambique Province', 'rel:Tuesday', L('Chai', 'MZ', 'Cabo Delgado', 2), 6, 'clashed with a group of insurgents near the Messalo river'),
 E('AC', 'Unidentified Armed Group (Mozambique)', 'Police Forces of Mozambique', '2017-10', L('Mocímboa da Praia', 'MZ', 'Cabo Delgado'), None, 'attacks on police stations', bg=True),
 E('NSO', 'Unidentified Armed Group (Mozambique)', 'Military Forces of Mozambique', '2021-03', L('Palma', 'MZ', 'Cabo Delgado'), 12, 'hundreds of fighters overran the town of Palma', bg=True),
 E('GRT', 'Military Forces of Mozambique', 'Unidentified Armed Group (Mozambique)', '2021-08', L('Mocímboa da Praia', 'MZ', 'Cabo Delgado'), None, 'recaptured Mocímboa da Praia', bg=True),
)

# 22 -- Syria: Turkish drone strike near Qamishli + IS attack on SDF checkpoint; denial; background Ghwayran prison attack
A('wire', '2025-01-16', """
QAMISHLI, Syria (Levant News Agency) - A Turkish drone struck a vehicle carrying members of the Kurdish-led Syrian Democratic Forces (SDF) near the city of Qamishli in northeastern Syria on Wednesday, killing three fighters, the SDF said, while Islamic State militants attacked one of the group's checkpoints in the eastern province of Deir ez-Zor.

The drone hit the car on the road between Qamishli and the town of Amuda at about 1 p.m., the SDF's media office said in a statement, naming the three dead as members of its internal security forces, the Asayish. It called the strike a "flagrant violation" and said it reserved the right to respond.

Turkey's defence ministry did not confirm the strike on Qamishli but said in a separate statement that its forces had "neutralised" 17 "terrorists" in northern Syria and Iraq over the past week, without giving locations. Ankara considers the SDF's main component, the YPG, to be an extension of the outlawed Kurdistan Workers' Party (PKK).

Later on Wednesday, IS gunmen opened fire on an SDF checkpoint near the town of al-Busayrah in Deir ez-Zor's eastern countryside, sparking a clash that lasted about an hour, according to the Britain-based Syrian Observatory for Human Rights. Two SDF fighters and one attacker were killed, the Observatory said.

Islamic State's self-declared caliphate collapsed in 2019, but its sleeper cells continue to carry out hit-and-run attacks in the desert and in Deir ez-Zor. In January 2022, hundreds of IS fighters attacked the Ghwayran prison in the city of Hasakah in an attempt to free jihadists held there, sparking more than a week of fighting.

The SDF, backed by the United States, has warned that a Turkish offensive could divert its forces from guarding prisons and camps holding tens of thousands of people with suspected IS links. A senior SDF commander said on Wednesday that if Turkey launched a ground operation, "the consequences for the fight against ISIS would be catastrophic."

Since the fall of President Bashar al-Assad, the SDF has also faced attacks by Turkish-backed Syrian factions near the Tishrin dam, east of Aleppo.
""",
 E('AIR', 'Military Forces of Turkey', 'Syrian Democratic Forces', 'rel:Wednesday', L('Qamishli', 'SY', 'Al-Hasakah', 2), 3, 'A Turkish drone struck a vehicle'),
 E('AC', 'Islamic State', 'Syrian Democratic Forces', 'rel:Wednesday', L('al-Busayrah', 'SY', 'Deir ez-Zor', 2), 3, 'Islamic State militants attacked one of the group\'s checkpoints'),
 E('AC', 'Islamic State', 'Syrian Democratic Forces', '2022-01', L('Hasakah', 'SY', 'Al-Hasakah'), None, 'hundreds of IS fighters attacked the Ghwayran prison', bg=True),
)

# 23 -- UK: NO news event (policy speech, statistics); background Manchester Arena; sentence not coded
A('web', '2024-03-14', """
Home Secretary: terror threat 'more diverse than ever' as teenagers drawn into extremism

Speech at counter-terrorism conference sets out plans to widen Prevent referrals

By Rachel Moore, Home Affairs Correspondent | 14 March 2024

The terrorist threat facing the UK is "more diverse and more unpredictable than ever", the Home Secretary warned on Thursday, as she set out plans to widen the government's Prevent programme to cover young people who consume violent material online without a clear ideology.

Speaking at a security conference in London, she said counter-terrorism police and MI5 had disrupted 43 late-stage attack plots since March 2017, and that one in five people arrested for terrorism offences last year was under 18.

"We are seeing children as young as 13 being drawn into a toxic mix of online propaganda, conspiracy theories and a fascination with violence," she said. "Some of them could go on to carry out attacks if we do not intervene early."

She paid tribute to the 22 people killed in the Manchester Arena bombing on 22 May 2017, when a suicide bomber detonated a device in the foyer of the venue as fans left an Ariana Grande concert. The public inquiry into the attack found that the security services had missed a significant opportunity to stop it.

The Home Secretary also referred to the case of a 17-year-old from Leeds who was sentenced last month to four years in youth custody for preparing acts of terrorism after police found instructions for making explosives on his phone. She said the case showed how quickly young people could move from watching videos to planning violence.

The official threat level, set by the Joint Terrorism Analysis Centre, remains at "substantial", meaning an attack is considered likely.

Civil liberties groups criticised the proposals. "Treating children's internet use as a security matter risks criminalising a generation," said a spokesperson for the campaign group Liberty. Muslim organisations have long argued that Prevent unfairly targets their communities, a charge the government rejects.

Labour said it supported the aim of early intervention but accused ministers of cutting the budgets of local councils responsible for delivering the programme.
""",
 E('SB', 'Unidentified Armed Group (United Kingdom)', 'Civilians (United Kingdom)', '2017-05-22', L('Manchester', 'GB', 'England'), 22, 'Manchester Arena bombing', bg=True),
)

# 24 -- Haiti: gang attack on neighbourhood + police-gang clash; background Moise assassination
A('wire', '2025-03-27', """
PORT-AU-PRINCE, Haiti (Caribbean Wire) - Gang members stormed a neighbourhood in the hills above Haiti's capital before dawn on Wednesday, killing at least 12 residents and setting homes on fire, while police and soldiers fought gunmen for control of a main road in the Delmas area, officials and witnesses said.

Armed men from the Viv Ansanm gang coalition entered Carrefour-Feuilles shortly after 3 a.m., shooting people as they fled their houses, residents said. A local rights group, the Centre for Analysis and Research on Human Rights, said it had confirmed 12 deaths, including a pastor and two children, and that the number could be higher.

"They were shooting at anything that moved. I hid under the bed with my children until the sun came up," a woman who fled to a makeshift camp in a school told Caribbean Wire.

Hours later, the Haitian National Police, backed by soldiers and armoured vehicles, clashed with gang members on Delmas 30, a road the gangs have tried to seize to extend their control of the capital. Police said four gang members were killed and two officers were wounded. The fighting forced the closure of schools and shops across the district.

Viv Ansanm leader Jimmy Chérizier, known as "Barbecue", said in a video posted on social media that his fighters would "not stop until the transitional council falls." It was not possible to verify when the video was recorded.

Gangs have expanded their grip on Port-au-Prince since the assassination of President Jovenel Moïse, who was shot dead by a group of gunmen at his private residence in the suburb of Pétion-Ville on July 7, 2021. The country has not held elections since.

The United Nations says more than 5,600 people were killed in gang violence in Haiti last year. A Kenyan-led multinational security support mission, deployed last year, has struggled to make headway because of a lack of personnel and funding.
""",
 E('ATK', 'Viv Ansanm', 'Civilians (Haiti)', 'rel:Wednesday', L('Carrefour-Feuilles', 'HT', 'Ouest'), 12, 'Gang members stormed a neighbourhood'),
 E('AC', 'Police Forces of Haiti', 'Viv Ansanm', 'rel:Wednesday', L('Delmas', 'HT', 'Ouest'), 4, 'police and soldiers fought gunmen'),
 E('ATK', 'Unidentified Armed Group (Haiti)', 'Government of Haiti', '2021-07-07', L('Pétion-Ville', 'HT', 'Ouest'), 1, 'shot dead by a group of gunmen', bg=True),
)

# 25 -- Ethiopia: Fano-ENDF clash + drone strike on minibus (government denies), planned talks; statistic
A('web', '2024-10-29', """
Drone strike kills 9 on minibus in Amhara as fighting with Fano militia rages

By Selamawit Tesfaye | Bahir Dar | October 29, 2024

A drone strike hit a minibus on a rural road in Ethiopia's Amhara region on Sunday, killing nine passengers, including a mother and her baby, witnesses and a health worker said, as government forces and Fano militiamen fought near the town of Debre Markos.

The minibus was travelling from a market in the district of Wegera, north of Gondar, when it was struck at about 11 a.m., according to a relative of one of the victims who arrived at the scene shortly after. "Everything was burned. We could only recognise people by their shoes," he said. A health worker at a clinic in the area said nine bodies had been brought in and five people were being treated for burns.

The government communication service denied that the military had carried out the strike, calling the reports "propaganda by extremist forces." The military did not respond to requests for comment.

Meanwhile, heavy fighting raged on Sunday between the Ethiopian National Defence Force (ENDF) and Fano fighters around Debre Markos, the capital of East Gojjam zone, residents said. A Fano commander, reached by phone, said his fighters had killed "more than 50 soldiers," a figure that could not be verified. A hospital employee in the town said 11 bodies, both soldiers and civilians, had been brought in on Sunday.

Fano, a loose network of ethnic Amhara militias, fought alongside federal troops against Tigrayan forces during the 2020-2022 war in Tigray, but turned against the government after it moved to disband regional forces in April 2023.

Drone strikes have become a frequent feature of the conflict. Human rights groups have documented dozens of them, including an August 2023 strike on a public square in the town of Finote Selam that killed at least 26 people.

The African Union has called for talks, and a government spokesman said last week that it was "ready to negotiate with any group that lays down its arms."
""",
 E('AIR', 'Military Forces of Ethiopia', 'Civilians (Ethiopia)', 'rel:Sunday', L('Wegera', 'ET', 'Amhara', 2), 9, 'A drone strike hit a minibus'),
 E('AC', 'Military Forces of Ethiopia', 'Fano Militia', 'rel:Sunday', L('Debre Markos', 'ET', 'Amhara', 2), 11, 'fought near the town of Debre Markos'),
 E('AIR', 'Military Forces of Ethiopia', 'Civilians (Ethiopia)', '2023-08', L('Finote Selam', 'ET', 'Amhara'), 26, 'strike on a public square', bg=True),
)

# 26 -- Russia: FSB arrests (Bryansk), Ukrainian drone attack on refinery (Ryazan); interceptions statistic not coded
A('wire', '2025-05-08', """
MOSCOW (Eastern Europe Wire) - Russia's Federal Security Service (FSB) said on Thursday it had detained three men in the western Bryansk region who it said were preparing to blow up a railway bridge on the orders of Ukrainian military intelligence, hours after a Ukrainian drone attack set fire to an oil refinery in the city of Ryazan.

The FSB said in a statement that the three Russian citizens, aged between 19 and 24, were arrested on Wednesday near the town of Unecha and that officers had seized a homemade explosive device weighing about 5 kg, detonators and a mobile phone with instructions from their handlers. It released a video showing men lying face down beside a car.

"The suspects were recruited through a messaging app and promised 5,000 dollars for the sabotage," the statement said. They face charges of preparing a terrorist act and treason, punishable by life in prison. Their relatives could not be reached for comment.

In Ryazan, about 200 km southeast of Moscow, drone debris fell on the territory of the refinery early on Thursday, causing a fire that was put out by mid-morning, regional governor Pavel Malkov said on Telegram. He said no one was hurt. Residents posted videos of a column of black smoke rising over the city.

A source in Ukraine's security service told Eastern Europe Wire that the SBU had carried out the attack on the refinery, which it said supplies fuel to Russian forces. Russia's defence ministry said air defence units had destroyed 105 Ukrainian drones over 12 regions overnight, but did not mention Ryazan.

Ukraine has repeatedly struck Russian oil facilities with long-range drones, arguing that they fund and fuel the war. Moscow calls the attacks terrorism.

Russian authorities have opened hundreds of treason and sabotage cases since the start of the full-scale invasion in February 2022, according to the independent rights project Perviy Otdel. Rights groups say many of them are based on entrapment by the security services.
""",
 E('ARR', 'Federal Security Service of Russia (FSB)', 'Civilians (Russia)', 'rel:Wednesday', L('Unecha', 'RU', 'Bryansk', 2), None, 'it had detained three men'),
 E('AIR', 'Military Forces of Ukraine', 'Civilians (Russia)', 'rel:Thursday', L('Ryazan', 'RU', 'Ryazan'), 0, 'a Ukrainian drone attack set fire to an oil refinery'),
)

# 27 -- Bangladesh: party clash (mob violence) in Bogura, peaceful rally in Dhaka; background July 2024 shooting
A('web', '2025-02-18', """
One killed as rival party activists clash in Bogura; thousands rally in Dhaka

By Tanvir Hossain | Dhaka | February 18, 2025

A man was killed and at least 25 people were injured on Monday when supporters of rival factions of the Bangladesh Nationalist Party (BNP) and activists of the Jamaat-e-Islami clashed with sticks, machetes and brickbats in Shibganj upazila of Bogura district, police said.

The violence erupted over control of a local bazaar's lease, according to Shibganj police station's officer-in-charge, Mizanur Rahman. Several shops and two motorcycles were set on fire. A 32-year-old Jamaat supporter died on the way to the Bogura medical college hospital, he said.

Police fired rubber bullets and tear shells to bring the situation under control, and additional forces were deployed in the area on Monday night. Rahman said a case was being prepared and that no one had been arrested yet.

In the capital, tens of thousands of BNP supporters held a rally outside the party's headquarters in Nayapaltan on Monday afternoon to demand that the interim government announce a date for national elections. The rally ended peacefully.

Senior BNP leader Mirza Fakhrul Islam Alamgir told the crowd that the party would launch a programme of nationwide protests if no date was announced by the end of the month.

Political violence has risen since the fall of former prime minister Sheikh Hasina last year. During the student-led uprising that toppled her, police opened fire on protesters in the northern city of Rangpur on July 16, 2024, killing a student, Abu Sayed, whose death became a rallying point for the movement.

The rights group Ain o Salish Kendra said 128 people were killed in political violence in 2024, excluding those who died during the uprising.

The interim government, headed by Nobel laureate Muhammad Yunus, has said elections will be held between December and June next year.
""",
 E('MOB', 'Rioters (Bangladesh)', 'Rioters (Bangladesh)', 'rel:Monday', L('Shibganj', 'BD', 'Rajshahi', 2), 1, 'clashed with sticks, machetes and brickbats'),
 E('PP', 'Protesters (Bangladesh)', None, 'rel:Monday', L('Dhaka', 'BD', 'Dhaka'), 0, 'held a rally outside the party\'s headquarters'),
 E('EXF', 'Police Forces of Bangladesh', 'Protesters (Bangladesh)', '2024-07-16', L('Rangpur', 'BD', 'Rangpur'), 1, 'police opened fire on protesters', bg=True),
)

# 28 -- Afghanistan: IS-K suicide bombing in Kabul (claimed), Taliban raid on IS-K hideout; toll update; vague stats
A('wire', '2024-09-10', """
KABUL (Central Asia Wire) - A suicide bomber blew himself up near the entrance of a government ministry in central Kabul on Monday, killing at least six people, and Taliban forces killed four suspected Islamic State militants in a raid in the east of the country hours later, Taliban officials said.

The bomber, on foot, detonated his explosives as employees were leaving the Ministry of Urban Development at around 4 p.m., Kabul police spokesman Khalid Zadran said. He initially put the toll at six dead and 13 wounded.

The Islamic State's regional branch, Islamic State-Khorasan (IS-K), claimed the bombing in a statement on its Amaq news agency, saying it had targeted "Taliban apostates."

On Tuesday, a health official in Kabul said two of the wounded had died overnight, raising the number of dead to eight.

In Nangarhar province, Taliban intelligence forces raided a house in the Surkh Rod district on Monday evening, Taliban spokesman Zabihullah Mujahid said on X. Four IS-K members were killed in the ensuing gunfight, he said, and one Taliban fighter was wounded. He did not say whether the raid was linked to the Kabul bombing.

IS-K has carried out a string of attacks on Taliban officials, religious minorities and foreigners since the Taliban returned to power in 2021. In March, a bombing claimed by the group outside a bank in the southern city of Kandahar killed 21 people as employees queued to collect their salaries.

The Taliban say they have largely defeated the group inside Afghanistan. But UN monitors said in a report in July that IS-K remained "the most serious terrorist threat" in the region and had expanded its recruitment in Central Asia.

The Taliban administration has not been recognised by any foreign government, though several countries including China and Russia have accepted its ambassadors.
""",
 E('SB', 'Islamic State-Khorasan', 'Civilians (Afghanistan)', 'rel:Monday', L('Kabul', 'AF', 'Kabul'), 8, 'A suicide bomber blew himself up'),
 E('AC', 'Taliban', 'Islamic State-Khorasan', 'rel:Monday', L('Surkh Rod', 'AF', 'Nangarhar', 2), 4, 'raided a house in the Surkh Rod district'),
 E('IED', 'Islamic State-Khorasan', 'Civilians (Afghanistan)', '2024-03', L('Kandahar', 'AF', 'Kandahar'), 21, 'a bombing claimed by the group outside a bank', bg=True),
)

# 29 -- Turkey: opposition mayor detained (arrest) + protests with intervention in two cities; planned protests
A('web', '2025-03-20', """
Istanbul mayor detained in corruption probe; police fire tear gas at protesters

By Elif Kaya | Istanbul | March 20, 2025

Turkish police detained Istanbul Mayor Ekrem İmamoğlu, President Recep Tayyip Erdoğan's main political rival, in a dawn raid on his home on Wednesday as part of investigations into alleged corruption and links to terrorism, prompting the largest street protests in the country in more than a decade.

Prosecutors issued detention warrants for İmamoğlu and about 100 other people, including two district mayors and several of his aides. İmamoğlu, who was expected to be named the main opposition Republican People's Party (CHP) presidential candidate this week, said in a video posted before he was taken away that "the will of the people cannot be silenced."

By Wednesday evening, thousands of people had gathered outside Istanbul's police headquarters and later at the city hall in the Saraçhane district, chanting anti-government slogans. Riot police fired tear gas, pepper spray and rubber pellets to disperse crowds that tried to break through barricades near the city hall. The Istanbul governor's office said 37 people were detained.

In Ankara, police used water cannon against students who marched from the Middle East Technical University towards the city centre on Wednesday afternoon. Several students were detained, according to a student union.

The government has banned demonstrations in Istanbul for four days and restricted access to social media platforms. Justice Minister Yılmaz Tunç said the judiciary was independent and warned that "those who take to the streets to pressure the courts" would face legal consequences.

The CHP called for further rallies outside the Istanbul city hall every evening until İmamoğlu is released. Party leader Özgür Özel told supporters: "We will not leave these streets."

Opposition parties and rights groups called the detention politically motivated. The lira fell to a record low against the dollar and trading on the Istanbul stock exchange was halted briefly.

İmamoğlu defeated Erdoğan's candidate in the 2019 municipal election and won again in March 2024, making him the most serious challenger to the president's two-decade rule.
""",
 E('ARR', 'Police Forces of Turkey', 'Republican People\'s Party (CHP)', 'rel:Wednesday', L('Istanbul', 'TR', 'Istanbul'), None, 'detained Istanbul Mayor Ekrem İmamoğlu'),
 E('PWI', 'Protesters (Turkey)', 'Police Forces of Turkey', 'rel:Wednesday', L('Istanbul', 'TR', 'Istanbul'), None, 'Riot police fired tear gas, pepper spray and rubber pellets'),
 E('PWI', 'Protesters (Turkey)', 'Police Forces of Turkey', 'rel:Wednesday', L('Ankara', 'TR', 'Ankara'), None, 'police used water cannon against students'),
)

# 30 -- Nigeria (Plateau): attack on villages in Bokkos, lynching of suspects (mob violence); background Christmas Eve 2023
A('wire', '2025-04-08', """
JOS, Nigeria (Pan-African Press) - Gunmen killed at least 27 people in overnight attacks on two farming villages in central Nigeria's Plateau state, and an angry crowd later beat to death two men it accused of being involved, officials said on Tuesday.

The attackers struck the villages of Hurti and Mangor in Bokkos local government area late on Sunday, shooting residents and setting fire to houses, Plateau police spokesman Alfred Alabo said. He said 27 bodies had been recovered by Monday afternoon, 18 in Hurti and nine in Mangor.

Local leaders blamed armed herders from the Fulani community, a charge that Fulani groups rejected. Police said the identity of the attackers was still under investigation. The two villages are about 6 km apart.

On Monday, as relatives buried the dead, a mob in Bokkos town seized two young men who were travelling on a motorcycle and beat them to death, accusing them of being informants for the attackers, police said. "We condemn this jungle justice in the strongest terms," Alabo said, adding that three people had been arrested over the killings.

Plateau Governor Caleb Mutfwang imposed a dusk-to-dawn curfew in Bokkos and called for calm. "We cannot continue to bury our people every week," he said.

The area has been the scene of repeated mass killings. On Christmas Eve 2023, gunmen attacked more than a dozen villages in Bokkos, killing more than 100 people in a single night.

Violence between mostly Muslim herders and mostly Christian farmers in Nigeria's Middle Belt has killed thousands of people over the past decade, driven by competition for land and water, ethnic and religious divisions, and the spread of weapons. Amnesty International says more than 1,300 people were killed in Plateau state between December 2023 and February 2024 alone.

President Bola Tinubu ordered security agencies to "hunt down" the perpetrators, but residents say similar promises have gone unfulfilled.
""",
 E('ATK', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Sunday', L('Hurti', 'NG', 'Plateau'), 18, 'Gunmen killed at least 27 people'),
 E('ATK', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Sunday', L('Mangor', 'NG', 'Plateau'), 9, 'The attackers struck the villages of Hurti and Mangor'),
 E('MOB', 'Rioters (Nigeria)', 'Civilians (Nigeria)', 'rel:Monday', L('Bokkos', 'NG', 'Plateau'), 2, 'beat them to death'),
 E('ATK', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2023-12-24', L('Bokkos', 'NG', 'Plateau', 2), 100, 'gunmen attacked more than a dozen villages', bg=True),
)

# 31 -- Cameroon: separatist attack on gendarmerie post (clash), abduction of a mayor; threat; background
A('wire', '2023-11-22', """
YAOUNDE (Central Africa Press) - Anglophone separatist fighters attacked a gendarmerie post in Cameroon's North-West region on Monday, killing two gendarmes, and gunmen abducted a local mayor in the neighbouring South-West region the same day, officials said on Wednesday.

About 15 armed men stormed the gendarmerie brigade in Bali, a town about 20 km from the regional capital Bamenda, at around 6 a.m., a security official in Bamenda said. Gendarmes returned fire during an exchange that lasted about 40 minutes. Two gendarmes were killed and three fighters were "neutralised," the official said.

A separatist group calling itself the Bui Warriors claimed the attack in a video circulated on social media, showing weapons it said had been seized from the post. The authenticity of the video could not be confirmed.

In the South-West region, gunmen seized the mayor of Mbonge, Emmanuel Ndoh Ekumbe, as he was driving back from a meeting on Monday evening, his deputy said. His driver was released hours later with a message demanding that all council officials resign. No group has claimed the kidnapping.

Separatists have declared a "lockdown" across the two English-speaking regions for the coming week and threatened to attack anyone who goes to work or school. Authorities have urged residents to ignore the order.

The conflict began in 2017, after the government cracked down on protests by lawyers and teachers who complained of marginalisation by the French-speaking majority. Separatists declared an independent state they call Ambazonia in October 2017. The International Crisis Group estimates that more than 6,000 people have been killed since then.

The separatist militias have repeatedly targeted local officials whom they accuse of collaborating with the government. In June, fighters shot dead a traditional chief in the village of Oku, also in the North-West region.

President Paul Biya, 90, has ruled out negotiations on independence but has offered a special status for the two regions, which separatist leaders reject.
""",
 E('AC', 'Ambazonian Separatists', 'Military Forces of Cameroon', 'rel:Monday', L('Bali', 'CM', 'North-West'), 5, 'attacked a gendarmerie post'),
 E('ABD', 'Unidentified Armed Group (Cameroon)', 'Civilians (Cameroon)', 'rel:Monday', L('Mbonge', 'CM', 'South-West', 2), None, 'gunmen abducted a local mayor'),
 E('CHG', 'Ambazonian Separatists', None, '2017-10', L('Cameroon', 'CM', None, 4), None, 'Separatists declared an independent state', bg=True),
 E('ATK', 'Ambazonian Separatists', 'Civilians (Cameroon)', '2023-06', L('Oku', 'CM', 'North-West'), 1, 'fighters shot dead a traditional chief', bg=True),
)

# 32 -- Peru: protesters killed at blockade (excessive force? -> protesters stoned police: violent demonstration), peaceful march; background Juliaca 2023
A('web', '2025-06-24', """
Two dead as police clear highway blockade in southern Peru

Miners' protest over formalisation law turns deadly near Chala; marches in Lima pass peacefully

By Andrea Quispe | Lima | June 24, 2025

Two protesters were killed and at least 15 people, including six police officers, were injured on Monday when police moved to clear a blockade of the Pan-American Highway by informal gold miners near the town of Chala in Peru's Arequipa region, officials said.

Hundreds of miners had blocked the highway with rocks and burning tyres overnight to demand an extension of a registry that allows them to operate while they seek formal permits. When police advanced on the blockade at dawn on Monday, protesters threw stones and set fire to a police vehicle, the interior ministry said in a statement. Officers responded with tear gas and, according to witnesses, live ammunition.

The Arequipa regional health office said two men, aged 27 and 41, died of gunshot wounds at the Chala health centre. The ombudsman's office called for an investigation into the use of firearms. The interior ministry said officers had used "only non-lethal means" and that the deaths would be investigated.

In Lima, about 3,000 miners marched to Congress on Monday afternoon and held a rally that ended without incident, police said.

The Congress is due to vote this week on extending the registry. Mining groups said they would step up blockades across the south if the vote failed.

The deaths revived memories of the deadly unrest that followed the ousting of former president Pedro Castillo. On January 9, 2023, security forces opened fire on protesters near the airport in the southern city of Juliaca, killing 17 people, the deadliest single day of the protests.

Informal and illegal mining is a major source of income in southern Peru but is blamed for mercury pollution and the destruction of rainforest. The government estimates that informal mining produces about 40 percent of the country's gold.
""",
 E('VD', 'Rioters (Peru)', 'Police Forces of Peru', 'rel:Monday', L('Chala', 'PE', 'Arequipa', 2), 2, 'police moved to clear a blockade'),
 E('PP', 'Protesters (Peru)', None, 'rel:Monday', L('Lima', 'PE', 'Lima'), 0, 'marched to Congress'),
 E('EXF', 'Police Forces of Peru', 'Protesters (Peru)', '2023-01-09', L('Juliaca', 'PE', 'Puno'), 17, 'security forces opened fire on protesters', bg=True),
)

# 33 -- Spain: NO news event (trial of former ETA leader); background Vic barracks bomb; ETA end/dissolution
A('wire', '2024-09-10', """
MADRID (Iberia Press) - A former leader of the Basque separatist group ETA went on trial at Spain's National Court on Tuesday accused of ordering the 1991 car bombing of a Civil Guard barracks in the Catalan town of Vic, one of the deadliest attacks in the group's history.

Prosecutors are seeking a sentence of more than 300 years for the 68-year-old defendant, who was extradited from France last year. He denies having any role in planning the attack and told the court on Tuesday that he was "a political prisoner."

On May 29, 1991, a car loaded with explosives was driven into the wall of the barracks in Vic and blew up, killing 10 people, including five children of Civil Guard officers who lived with their families inside the compound. Two ETA members were convicted of carrying out the attack in the 1990s.

Relatives of the victims, some of whom travelled from Catalonia for the hearing, said they had waited more than three decades for those who ordered the bombing to face trial. "My sister was seven years old. She was playing in the courtyard," said one woman outside the court in San Fernando de Henares.

The case is one of hundreds of ETA killings that remain unsolved. The group killed more than 850 people during its four-decade campaign for an independent Basque homeland.

ETA announced a "definitive cessation" of armed activity in October 2011 and formally dissolved itself in May 2018, handing over its remaining weapons through intermediaries. Victims' associations have pressed prosecutors to pursue former leaders for unresolved attacks before they can no longer be tried.

The trial is expected to last three weeks. The defendant's lawyer has asked for the case to be dismissed on the grounds that the statute of limitations has expired, an argument the court has rejected in previous similar cases.
""",
 E('IED', 'ETA: Basque Homeland and Freedom', 'Police Forces of Spain', '1991-05-29', L('Vic', 'ES', 'Catalonia'), 10, 'a car loaded with explosives was driven into the wall of the barracks', bg=True),
 E('CHG', 'ETA: Basque Homeland and Freedom', None, '2011-10', L('Spain', 'ES', None, 4), None, 'announced a "definitive cessation" of armed activity', bg=True),
 E('CHG', 'ETA: Basque Homeland and Freedom', None, '2018-05', L('Spain', 'ES', None, 4), None, 'formally dissolved itself', bg=True),
)

# 34 -- Libya: militia clashes in Tripoli + ceasefire agreement same evening; background August 2023 clashes
A('wire', '2025-05-14', """
TRIPOLI, Libya (Maghreb Wire) - Heavy fighting broke out between rival armed groups in the Libyan capital on Tuesday, killing at least six people, before tribal elders brokered a ceasefire late in the evening, the Tripoli-based government and medical officials said.

The clashes erupted in the southern Abu Salim district in the early afternoon between the Stability Support Apparatus (SSA) and the 444 Combat Brigade, two groups nominally loyal to the Government of National Unity (GNU), residents said. Gunfire and explosions could be heard across the city for several hours, and flights at Mitiga airport were diverted to Misrata.

The emergency medicine centre said six people were killed, among them two civilians hit by stray bullets, and 23 were wounded. Videos on social media showed burnt-out cars and damaged buildings along the airport road.

At about 10 p.m., the GNU's defence ministry announced that the two groups had agreed to a ceasefire following mediation by elders from the city of Zintan and would withdraw their forces to their barracks. The ministry said a joint committee would monitor the truce.

Prime Minister Abdul Hamid Dbeibah called the fighting "unacceptable" and said those responsible would be held to account. The United Nations Support Mission in Libya said it was alarmed by the violence and urged all sides to protect civilians.

Tripoli has been relatively calm since a two-day battle in August 2023, when the 444 Brigade clashed with the Special Deterrence Force, known as Rada, after the arrest of a brigade commander at Mitiga airport, leaving 55 people dead.

Libya has been split since 2014 between rival administrations in the east and west, each backed by armed groups and foreign powers. A UN-led process to unify the country's institutions and hold national elections stalled in 2021.

Diplomats fear that the growing rivalry between armed groups in the capital could lead to a wider conflict if the political deadlock persists.
""",
 E('AC', 'Stability Support Apparatus', '444 Combat Brigade', 'rel:Tuesday', L('Tripoli', 'LY', 'Tripoli'), 6, 'Heavy fighting broke out between rival armed groups'),
 E('AGR', 'Stability Support Apparatus', '444 Combat Brigade', 'rel:Tuesday', L('Tripoli', 'LY', 'Tripoli'), None, 'had agreed to a ceasefire'),
 E('AC', '444 Combat Brigade', 'Special Deterrence Force (Rada)', '2023-08', L('Tripoli', 'LY', 'Tripoli'), 55, 'the 444 Brigade clashed with the Special Deterrence Force', bg=True),
)

# 35 -- Lebanon: Israeli drone strike on car (toll), Hezbollah claimed rocket attack; hypothetical escalation
A('web', '2024-02-22', """
Israeli drone strike kills two Hezbollah members in south Lebanon

Hezbollah says it fired rockets at Israeli army post in response; no casualties reported in Israel

By Rami Khoury | Beirut | February 22, 2024

An Israeli drone strike hit a car on a road near the town of Nabatieh in southern Lebanon on Wednesday, killing two members of Hezbollah, the group and Lebanese security sources said.

The strike targeted the vehicle on the road between Nabatieh and the village of Kfar Tebnit at around 5 p.m., a Lebanese security official said. Hezbollah later issued statements mourning two of its fighters, describing them as "martyrs on the road to Jerusalem," without giving details of how they died.

The Israeli military said its aircraft had struck "a Hezbollah terrorist cell" in southern Lebanon, without naming the location.

Hours later, Hezbollah said its fighters had fired a barrage of Katyusha rockets at an Israeli army position in the Upper Galilee in response to the strike. The Israeli military said about 15 rockets were launched from Lebanon towards the Kiryat Shmona area, some of which were intercepted. It did not report any casualties.

Hezbollah and Israel have exchanged fire almost daily since the war in Gaza began, in the worst cross-border hostilities since they fought a month-long war in 2006. The fighting has displaced tens of thousands of people on both sides of the border.

Lebanese officials have warned that any miscalculation could drag the country into a full-scale war. "One strike in the wrong place, one rocket that kills civilians, and we are all in a war nobody wants," a senior Lebanese official said.

According to a tally by Lebanese security sources, more than 200 people, most of them Hezbollah fighters, have been killed in Lebanon since October. In Israel, about 10 soldiers and six civilians have been killed.

Western diplomats, including US envoy Amos Hochstein, have been shuttling between Beirut and Israel to try to negotiate arrangements that would move Hezbollah fighters away from the border.
""",
 E('AIR', 'Military Forces of Israel', 'Hezbollah', 'rel:Wednesday', L('Nabatieh', 'LB', 'Nabatieh', 2), 2, 'An Israeli drone strike hit a car'),
 E('SH', 'Hezbollah', 'Military Forces of Israel', 'rel:Wednesday', L('Kiryat Shmona', 'IL', 'Northern District', 2), None, 'fired a barrage of Katyusha rockets'),
)

# 36 -- Mali: army and Russian fighters accused of killing civilians (army denies), denied JNIM overrun report (modality denied)
A('wire', '2025-02-18', """
BAMAKO (West Africa Press) - Malian soldiers and Russian paramilitaries killed at least 24 civilians in a raid on a village in central Mali on Saturday, residents and a local association said, an accusation the army rejected.

Troops arrived in helicopters and pickup trucks in the village of Djiguibombo in the Mopti region early on Saturday, rounded up men in the village square and shot them, two residents who fled to the town of Bandiagara said. "They said we were feeding the jihadists. They tied their hands and shot them," one of them said by phone. A Dogon youth association put the toll at 24.

The armed forces said in a statement on Sunday that they had carried out an "offensive reconnaissance operation" in the area and "neutralised" several terrorists, and that allegations of abuses against civilians were "baseless." The statement did not mention the Russian fighters, who are deployed in Mali as part of the Africa Corps under the control of Russia's defence ministry.

The army also denied reports on social media that fighters of the al-Qaeda-linked JNIM had overrun its post in Boni, in the same region, on Sunday. "The Boni camp is under the full control of our forces," the statement said. West Africa Press was unable to reach residents of Boni.

Mali's military rulers have turned away from France and the United Nations and towards Russia since seizing power in coups in 2020 and 2021. Human rights groups have repeatedly accused the army and its Russian allies of summary executions of civilians.

In March 2022, Malian troops and foreign fighters killed about 500 people in the town of Moura, according to a UN investigation, the worst single atrocity of the decade-long conflict.

Rights groups said the government's decision to expel UN peacekeepers in 2023 had made it much harder to document abuses.
""",
 E('ATK', 'Military Forces of Mali', 'Civilians (Mali)', 'rel:Saturday', L('Djiguibombo', 'ML', 'Mopti'), 24, 'killed at least 24 civilians in a raid on a village'),
 E('NSO', 'Group for the Support of Islam and Muslims (JNIM)', 'Military Forces of Mali', 'rel:Sunday', L('Boni', 'ML', 'Mopti'), None, 'had overrun its post in Boni', mod='denied'),
 E('ATK', 'Military Forces of Mali', 'Civilians (Mali)', '2022-03', L('Moura', 'ML', 'Mopti'), 500, 'killed about 500 people in the town of Moura', bg=True),
)

# 37 -- US local: FBI sting foils bomb plot (foiled, disrupted weapons use); court appearance not coded
A('local', '2024-04-11', """
Dearborn Heights man charged in FBI sting over alleged plot to bomb Detroit-area synagogue

By Jason Whitaker | Free Press Wire

DETROIT — A 23-year-old Dearborn Heights man was arrested Tuesday after he tried to detonate what he believed was a bomb outside a synagogue in Oak Park, federal prosecutors said, in a plot that was monitored from the start by undercover FBI agents.

According to a criminal complaint unsealed Wednesday in U.S. District Court in Detroit, the man parked a car containing a device supplied by an undercover agent near the synagogue on Coolidge Highway shortly after 9 p.m. Tuesday and then pressed a button on a cellphone that he believed would set it off. The device was inert and the public was never in danger, the FBI said. Agents arrested him at the scene.

The complaint says the man had posted messages supporting the Islamic State group and told an informant in February that he wanted to "do something big" in Michigan. He is charged with attempted use of a weapon of mass destruction and attempting to provide material support to a foreign terrorist organization.

"This defendant intended to kill as many people as possible at a house of worship," U.S. Attorney Dawn Ison said at a news conference Wednesday. "Thanks to the work of the FBI and our partners, he never had the chance."

The man appeared briefly before a magistrate judge Wednesday afternoon and was ordered held without bond pending a detention hearing next week. His federal defender declined to comment.

Members of the congregation gathered for an evening prayer vigil Wednesday. Oak Park police said they would keep extra patrols around Jewish institutions in the city through the Passover holiday.

The case is the third terrorism sting in Michigan in two years. Civil liberties advocates have long criticized such operations, arguing that agents can push vulnerable young men toward acts they would not otherwise commit.

Michigan Gov. Gretchen Whitmer said in a statement she was "grateful to law enforcement" and that "hate has no home in Michigan."
""",
 E('DWU', 'Federal Bureau of Investigation (FBI)', 'Unidentified Armed Group (United States)', 'rel:Tuesday', L('Oak Park', 'US', 'Michigan'), 0, 'tried to detonate what he believed was a bomb', mod='foiled'),
)

# 38 -- India: NO news event (government figures on Maoist violence); background Dantewada IED; threat/goal not coded
A('web', '2025-03-27', """
Maoist violence down sharply, home ministry tells Parliament; deadline of March 2026 to end insurgency

By Staff Reporter | New Delhi | March 27, 2025

Violence by Maoist insurgents fell by more than 70 per cent over the past decade and the number of districts affected by left-wing extremism has shrunk to 38, the Union home ministry told the Rajya Sabha on Thursday.

In a written reply, the ministry said the number of civilians and security personnel killed in Maoist-related violence had fallen from 1,005 in 2010 to 150 last year. It said 287 Maoists had been "neutralised" by security forces in 2024, the highest number in a single year, and nearly 1,000 had surrendered.

Home Minister Amit Shah has repeatedly said the government aims to end the insurgency by March 31, 2026. "The Naxal menace is in its last stage," he said at an event in Raipur earlier this month. "Those who lay down their weapons will be welcomed. Those who do not will be dealt with."

Opposition members questioned the government's figures and raised concerns about civilian deaths in security operations in the forests of Chhattisgarh's Bastar division, where most of the remaining fighting is concentrated. Tribal rights groups allege that some of those reported killed in encounters were villagers.

The Maoists, who say they are fighting for the rights of tribal people and landless farmers, remain capable of deadly attacks. In April 2023, a powerful improvised explosive device planted under a road in Dantewada district blew up a vehicle carrying members of the District Reserve Guard, killing 10 police personnel and their civilian driver.

Security analysts say the rebels have been weakened by the loss of senior commanders and by a network of new security camps deep in the forests, but warn that a complete end to the insurgency will depend on development and governance in the region as much as on force.

The ministry said it had sanctioned funds for 600 new mobile towers and 2,000 km of roads in affected districts this year.
""",
 E('IED', 'Communist Party of India (Maoist)', 'Police Forces of India', '2023-04', L('Dantewada', 'IN', 'Chhattisgarh', 2), 11, 'blew up a vehicle carrying members of the District Reserve Guard', bg=True),
)

# 39 -- Ukraine: drone strike on bus in Kherson + partisan-claimed rail sabotage in occupied Melitopol (claimed); background
A('wire', '2024-09-10', """
KHERSON, Ukraine (Eastern Europe Wire) - A Russian drone struck a city bus in Kherson on Tuesday morning, killing two passengers and wounding seven, while a Ukrainian partisan group said it had blown up a railway line used to supply Russian troops near occupied Melitopol.

The drone dropped an explosive on the bus as it stopped to pick up passengers in the Dniprovskyi district, which lies close to the Dnipro river, regional governor Oleksandr Prokudin said. A 67-year-old man and a 54-year-old woman were killed. Photographs released by the regional administration showed the bus with its windows blown out.

Residents of Kherson's riverside districts say Russian troops on the occupied eastern bank use small drones to hunt civilians and vehicles almost every day. Ukrainian officials have described the attacks as a "human safari."

The Atesh partisan movement said in a statement on Telegram that its members had detonated an explosive charge under a railway track near the village of Tambovka, outside Melitopol, early on Tuesday, disrupting the movement of trains carrying fuel. The claim could not be verified, and Russian-installed officials in the Zaporizhzhia region did not comment.

Kherson, the only regional capital Russian troops captured after the full-scale invasion, was liberated in November 2022, when Russian forces withdrew to the eastern bank of the Dnipro. Since then the city has been shelled and attacked by drones almost daily.

In June 2023, the collapse of the Kakhovka dam upriver flooded large parts of the region, and dozens of people drowned.

The United Nations says attacks on Kherson have killed hundreds of civilians since the Russian withdrawal. Many residents of the riverside districts have left, but the city still has a population of about 70,000.
""",
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Tuesday', L('Kherson', 'UA', 'Kherson'), 2, 'A Russian drone struck a city bus'),
 E('IED', 'Atesh', 'Military Forces of Russia', 'rel:Tuesday', L('Tambovka', 'UA', 'Zaporizhzhia', 2), None, 'had blown up a railway line', mod='claimed'),
 E('NVT', 'Military Forces of Ukraine', 'Military Forces of Russia', '2022-11', L('Kherson', 'UA', 'Kherson'), None, 'liberated in November 2022', bg=True),
)

# 40 -- Iran: security forces fire on protesters in Zahedan (excessive force), official denial; background Bloody Friday
A('web', '2023-09-29', """
Iran: two killed as security forces fire on worshippers protesting in Zahedan, rights groups say

By Staff Writer | Middle East desk | September 29, 2023

Iranian security forces opened fire on protesters in the southeastern city of Zahedan after Friday prayers, killing two people and wounding more than 20, rights groups said, on the eve of the first anniversary of a crackdown in which dozens of people were killed in the city.

Hundreds of worshippers marched from the Makki mosque, the main Sunni place of worship in the city, chanting slogans against the supreme leader and calling for justice for last year's victims, according to videos verified by the Baluch rights group Haalvsh. Security forces on rooftops fired tear gas and then live ammunition at the crowd, the group said, adding that a 17-year-old boy was among the dead.

The semi-official Tasnim news agency said "a number of rioters" had attacked police and damaged public property, and that officers had used "legal means" to restore order. It did not mention any deaths. Iranian authorities have routinely denied that security forces fire on peaceful demonstrators.

Internet access in Zahedan was severely disrupted for several hours on Friday afternoon, the monitoring group NetBlocks said.

On September 30, 2022, security forces fired on a crowd that had gathered outside a police station after Friday prayers in Zahedan to protest the alleged rape of a teenage girl by a police commander, killing at least 66 people, according to Amnesty International. The day became known as "Bloody Friday."

The killings came amid nationwide protests that erupted after the death in custody of Mahsa Amini, a 22-year-old Kurdish woman arrested by the morality police for allegedly violating the country's strict dress code. Rights groups say more than 500 protesters were killed across the country in the crackdown that followed.

Molavi Abdolhamid, Zahedan's influential Sunni Friday prayer leader, has continued to criticise the authorities in his sermons. In a sermon before Friday's march, he called on officials to "listen to the people rather than shoot at them."
""",
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', 'rel:Friday', L('Zahedan', 'IR', 'Sistan and Baluchestan'), 2, 'opened fire on protesters'),
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', '2022-09-30', L('Zahedan', 'IR', 'Sistan and Baluchestan'), 66, 'security forces fired on a crowd', bg=True),
)

# 41 -- Somalia: al-Shabaab overran army base (government: tactical withdrawal), US airstrike near Jilib; threat
A('wire', '2025-03-20', """
MOGADISHU (Horn Press) - Al-Shabaab fighters overran a Somali army base in the central Hiran region on Wednesday after a suicide car bomb blew open its gates, killing at least 11 soldiers, military officials and residents said, while US forces carried out an air strike against the group in the south.

The militants attacked the base in the town of Moqokori at dawn, first detonating an explosives-laden vehicle driven by a suicide bomber at the entrance and then storming the compound, an army officer who escaped told Horn Press by phone. "They were too many. We lost 11 men and many are missing," he said.

Residents said the fighters raised their black flag over the base and the town's police station by mid-morning. Somalia's defence ministry said in a statement that troops had carried out a "tactical withdrawal" from Moqokori to reorganise and would soon return. It did not give a toll.

Al-Shabaab said in a statement that it had killed 47 soldiers and captured weapons and vehicles. The group's figures are often inflated.

The US Africa Command (AFRICOM) said it conducted an air strike on Wednesday against al-Shabaab fighters about 20 km northeast of Jilib, in the Middle Juba region, killing three militants. It said no civilians were harmed.

Government forces and allied clan militias recaptured Moqokori from al-Shabaab in September 2022, weeks after the government launched its offensive in central Somalia. The group's return there is a blow to President Hassan Sheikh Mohamud, who had promised to "eliminate" al-Shabaab by the end of his term.

Analysts say the loss of several towns in Hiran and Middle Shabelle in recent weeks shows that the army remains stretched. Al-Shabaab has threatened to attack Mogadishu's airport area and warned residents to stay away from government buildings.
""",
 E('NSO', 'Al Shabaab', 'Military Forces of Somalia', 'rel:Wednesday', L('Moqokori', 'SO', 'Hiraan'), 11, 'overran a Somali army base'),
 E('AIR', 'Military Forces of the United States', 'Al Shabaab', 'rel:Wednesday', L('Jilib', 'SO', 'Middle Juba', 2), 3, 'conducted an air strike'),
 E('GRT', 'Military Forces of Somalia', 'Al Shabaab', '2022-09', L('Moqokori', 'SO', 'Hiraan'), None, 'recaptured Moqokori from al-Shabaab', bg=True),
)

# 42 -- Chad: Boko Haram attack on army base on Lake Chad island (clash), retaliation announced (planned, not coded); background
A('wire', '2024-10-29', """
N'DJAMENA (Sahel Wire) - Boko Haram fighters attacked a Chadian army base on an island in Lake Chad late on Sunday, killing about 40 soldiers in one of the deadliest attacks on the country's armed forces in years, the presidency said on Monday.

The assault on the base at Barkaram, in the Lac province near the border with Nigeria, began at around 8 p.m. and lasted several hours, a military source told Sahel Wire. The insurgents arrived in boats and overwhelmed the garrison before withdrawing with weapons and ammunition. An unknown number of attackers were also killed, the source said.

President Mahamat Idriss Déby visited the area on Monday and announced that he would personally lead an operation to track down the attackers. "Nothing will stop us from avenging our martyrs," he said in a video posted by the presidency.

The Lake Chad basin, where the borders of Chad, Niger, Nigeria and Cameroon meet, is dotted with islands and swamps that the jihadists use as hideouts. Boko Haram and its rival offshoot, Islamic State West Africa Province (ISWAP), regularly attack army positions and civilians in the area.

In March 2020, Boko Haram fighters killed 98 soldiers in a seven-hour attack on a base at Bohoma peninsula, also in the Lac province, prompting the late President Idriss Déby Itno to launch a large-scale offensive.

Chad is one of the main contributors to the Multinational Joint Task Force (MNJTF), a regional force fighting the jihadists. Déby has threatened several times to withdraw Chadian troops from the force, saying other countries are not doing enough.

More than 3 million people are displaced across the Lake Chad region, and aid agencies warn that funding cuts are worsening food shortages.
""",
 E('AC', 'Boko Haram', 'Military Forces of Chad', 'rel:Sunday', L('Barkaram', 'TD', 'Lac'), 40, 'attacked a Chadian army base'),
 E('AC', 'Boko Haram', 'Military Forces of Chad', '2020-03', L('Bohoma', 'TD', 'Lac'), 98, 'killed 98 soldiers in a seven-hour attack', bg=True),
)

# 43 -- Georgia: protest with water cannon + arrests in Tbilisi, journalist beaten by masked men (attack); planned protests
A('web', '2024-12-03', """
Georgian police use water cannon on fifth night of protests; journalist beaten by masked men

By Nino Beridze | Tbilisi | December 3, 2024

Police in Georgia's capital used water cannon and tear gas early on Tuesday to disperse thousands of protesters outside parliament on the fifth consecutive night of demonstrations against the government's decision to suspend talks on joining the European Union.

Protesters on Rustaveli Avenue threw fireworks at lines of riot police, who then advanced and pushed the crowd back towards Freedom Square, according to footage broadcast by independent channels. The interior ministry said 41 people were detained overnight for "disobeying police orders" and that three officers were injured.

Separately, a group of masked men beat a cameraman from the opposition-leaning Formula TV channel as he was filming near the Rustaveli metro station late on Monday, the channel said. He was taken to hospital with a broken nose and concussion. Opposition politicians accused the government of using hired thugs, known locally as "titushky", to intimidate protesters and reporters. The ruling Georgian Dream party denied any link to the attackers.

Prime Minister Irakli Kobakhidze praised the police for "restoring order" and accused the opposition of organising violence with the help of foreign-funded groups. "There will be no revolution in Georgia," he told a news conference on Tuesday.

The protests began last week, hours after Kobakhidze announced that Georgia would not seek to open EU accession talks until the end of 2028. President Salome Zourabichvili, a critic of the government, has said she will not step down when her term ends this month.

Georgian Dream won a parliamentary election on October 26 that the opposition says was rigged. European observers said the vote was marred by intimidation and vote-buying.

Opposition parties and student groups called for another rally outside parliament on Tuesday evening and for a nationwide strike later this week.
""",
 E('VD', 'Rioters (Georgia)', 'Police Forces of Georgia', 'rel:Tuesday', L('Tbilisi', 'GE', 'Tbilisi'), None, 'used water cannon and tear gas'),
 E('ATK', 'Unidentified Armed Group (Georgia)', 'Civilians (Georgia)', 'rel:Monday', L('Tbilisi', 'GE', 'Tbilisi'), 0, 'a group of masked men beat a cameraman'),
)

# 44 -- India (J&K): migrant worker killed (attack), encounter in Kulgam (clash); background Pahalgam attack
A('local', '2025-06-24', """
Migrant labourer shot dead by militants in Shopian; two terrorists killed in Kulgam encounter

By Our Srinagar Bureau | June 24, 2025

SRINAGAR: Militants shot dead a labourer from Bihar in south Kashmir's Shopian district on Monday evening, police said, hours after two terrorists were killed in a gunfight with security forces in neighbouring Kulgam.

The labourer, identified as 35-year-old Ramesh Kumar Sah, was fired upon from close range by two unidentified gunmen near a brick kiln at Heff village at around 7.30 pm, a police spokesperson said. He was rushed to the district hospital, where doctors declared him dead on arrival. The area has been cordoned off and a search operation launched to track down the attackers.

Earlier on Monday, a joint team of the Army, the Central Reserve Police Force and the Jammu and Kashmir Police launched a cordon-and-search operation in the Chimmer area of Kulgam on specific input about the presence of militants. As the forces approached a house, the militants hiding inside opened fire, triggering an encounter in which two terrorists affiliated with The Resistance Front (TRF) were killed, police said. Two rifles and grenades were recovered.

Lieutenant Governor Manoj Sinha condemned the killing of the labourer and said those responsible would "pay a heavy price."

Security has been tightened across the Kashmir valley ahead of the annual Amarnath Yatra, which begins next week. Officials said more than 500 additional companies of paramilitary forces had been deployed along the pilgrimage routes.

Tensions in the region have remained high since April 22, when militants opened fire on tourists at a meadow near Pahalgam, killing 26 people, in the deadliest attack on civilians in Kashmir in years. India blamed Pakistan for the attack, and the two nuclear-armed neighbours fought a brief military conflict in May.

Non-local workers have been targeted by militants in the past. Police said they had advised contractors to house migrant labourers in secure locations.
""",
 E('ATK', 'Unidentified Armed Group (India)', 'Civilians (India)', 'rel:Monday', L('Heff', 'IN', 'Jammu and Kashmir'), 1, 'Militants shot dead a labourer'),
 E('AC', 'Military Forces of India', 'The Resistance Front', 'rel:Monday', L('Chimmer', 'IN', 'Jammu and Kashmir'), 2, 'two terrorists were killed in a gunfight with security forces'),
 E('ATK', 'Unidentified Armed Group (India)', 'Civilians (India)', '2025-04-22', L('Pahalgam', 'IN', 'Jammu and Kashmir', 2), 26, 'militants opened fire on tourists', bg=True),
)

# 45 -- Ecuador: gang clash inside Guayaquil prison (toll rises), background 2021 massacre; military statement
A('wire', '2023-08-09', """
GUAYAQUIL, Ecuador (Andes Wire) - Rival gangs fought with guns and explosives inside Ecuador's largest prison on Tuesday, killing at least 15 inmates, officials said, in the latest outbreak of violence in a prison system that has become a battleground for drug-trafficking groups.

The fighting broke out at dawn in two wings of the Litoral Penitentiary in Guayaquil between members of Los Lobos and Los Choneros, the prisons agency SNAI said. Inmates used rifles, machetes and at least one explosive device, and several cells were set on fire. Police and soldiers entered the prison around noon and regained control of the wings by late afternoon.

SNAI initially said 11 inmates had been killed. By Wednesday morning, the number had risen to 15 after more bodies were found in a burned pavilion, the agency said. Six police officers were slightly injured during the operation to retake the pavilions.

Relatives gathered outside the prison gates throughout the day, desperate for news. "They don't tell us anything. We don't know if my son is alive," said one woman, who held a photograph of her son.

President Guillermo Lasso declared a state of emergency in the prison system and ordered the armed forces to take charge of security at the facility. "We will not allow criminals to keep turning prisons into their headquarters," he said on Wednesday.

The Litoral Penitentiary was the scene of the country's worst prison massacre in September 2021, when 119 inmates were killed in fighting between gangs, some of them beheaded. More than 400 inmates have died in prison violence in Ecuador since 2021.

Analysts say the gangs, which are linked to Mexican and Balkan cartels, use the prisons as command centres to run extortion and drug-trafficking operations. Ecuador, once one of the safest countries in the region, has seen homicides rise sharply as the gangs fight over cocaine routes to the Pacific coast.
""",
 E('AC', 'Los Lobos', 'Los Choneros', 'rel:Tuesday', L('Guayaquil', 'EC', 'Guayas'), 15, 'Rival gangs fought with guns and explosives'),
 E('AC', 'Unidentified Armed Group (Ecuador)', 'Unidentified Armed Group (Ecuador)', '2021-09', L('Guayaquil', 'EC', 'Guayas'), 119, 'the country\'s worst prison massacre', bg=True),
)

# 46 -- Northern Ireland (local): pipe bomb defused (disrupted weapons use), petrol bombs at police (violent demonstration)
A('local', '2024-07-22', """
PIPE BOMB MADE SAFE IN DERRY AS POLICE ATTACKED WITH PETROL BOMBS IN NORTH BELFAST

By Ciara McLaughlin, Crime Correspondent

A viable pipe bomb left outside a house in Derry's Creggan estate was made safe by army bomb disposal experts on Sunday, while police came under attack with petrol bombs and masonry during a night of disorder in north Belfast, the PSNI said.

The device was found on the windowsill of a house in the Central Drive area shortly before 8am on Sunday, prompting the evacuation of 20 homes. Ammunition Technical Officers examined the object and declared it "a viable device capable of causing serious injury or death". Residents were allowed back into their homes by mid-afternoon.

Detective Inspector Declan Mullan said the police were treating the incident as attempted murder and were keeping "an open mind" on the motive. He appealed for anyone who saw suspicious activity on Saturday night to contact police. No group has claimed responsibility, though dissident republicans have carried out similar attacks in the city in the past.

In north Belfast, around 50 youths gathered at an interface in the Ardoyne area late on Sunday and threw petrol bombs, bricks and bottles at police lines, the PSNI said. Two officers were injured and a police Land Rover was damaged. Water cannon was deployed and the crowd dispersed shortly after 1am. Four people were arrested.

Chief Superintendent Bobby Singleton said the violence was "completely unacceptable" and that officers had been "put in harm's way by people intent on causing destruction".

Tensions have been high in parts of Belfast since the Twelfth of July commemorations and the height of the marching season, police said.

The attempted attack in Derry comes more than a year after an off-duty detective was shot several times in front of his son at a sports complex in Omagh in February 2023. He survived his injuries. The New IRA said it carried out that shooting.

Anyone with information can call police on 101.
""",
 E('DWU', 'Military Forces of the United Kingdom', 'Unidentified Armed Group (United Kingdom)', 'rel:Sunday', L('Derry', 'GB', 'Northern Ireland'), 0, 'was made safe by army bomb disposal experts', mod='foiled'),
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', 'rel:Sunday', L('Belfast', 'GB', 'Northern Ireland'), None, 'threw petrol bombs, bricks and bottles at police lines'),
 E('ATK', 'New IRA', 'Police Forces of the United Kingdom', '2023-02', L('Omagh', 'GB', 'Northern Ireland'), 0, 'an off-duty detective was shot several times', bg=True),
)

# 47 -- South Sudan: cattle raid clash + abduction of children, revenge threat; statistic
A('wire', '2025-01-16', """
JUBA (Nile Wire) - Armed youths from Jonglei state raided cattle camps in neighbouring Greater Pibor Administrative Area on Tuesday, sparking clashes that killed at least 32 people, and abducted at least 17 children, local officials said.

The attackers, from the Lou Nuer community, struck cattle camps near the village of Gumuruk at dawn, according to the area's information minister, Abraham Kelang. Murle youths defending the camps fought back, and the fighting lasted until the afternoon, he said. "We have counted 32 bodies, from both sides, and many more are wounded," Kelang told Nile Wire by phone on Wednesday.

Kelang said the raiders made off with several thousand head of cattle and took 17 children and six women with them as they withdrew north. The Jonglei state government did not respond to requests for comment.

The United Nations Mission in South Sudan (UNMISS) said it had sent peacekeepers to Gumuruk and was "deeply concerned" about reports of abductions. It urged community leaders to return the abducted women and children.

Cycles of cattle raiding and revenge attacks between communities in Jonglei and Pibor have killed thousands of people over the past two decades. Youth leaders in Pibor said on Wednesday that they would retaliate if the abducted children were not returned within a week.

In March 2023, thousands of armed youths from Jonglei attacked the town of Gumuruk itself, killing dozens of people, according to UNMISS.

South Sudan's government, which has repeatedly postponed elections, has struggled to disarm civilians in the region, where automatic weapons are widespread.
""",
 E('AC', 'Lou Nuer Ethnic Militia (South Sudan)', 'Murle Ethnic Militia (South Sudan)', 'rel:Tuesday', L('Gumuruk', 'SS', 'Greater Pibor Administrative Area', 2), 32, 'raided cattle camps'),
 E('ABD', 'Lou Nuer Ethnic Militia (South Sudan)', 'Civilians (South Sudan)', 'rel:Tuesday', L('Gumuruk', 'SS', 'Greater Pibor Administrative Area', 2), None, 'abducted at least 17 children'),
 E('ATK', 'Unidentified Communal Militia (South Sudan)', 'Civilians (South Sudan)', '2023-03', L('Gumuruk', 'SS', 'Greater Pibor Administrative Area'), 12, 'attacked the town of Gumuruk itself', bg=True),
)

# 48 -- Indonesia (Papua): TPNPB kills construction workers (claimed), army clash; background Nduga 2018
A('web', '2024-04-11', """
Papuan rebels kill four road workers in Intan Jaya, army says

By Yohanes Wenda | Jayapura | April 11, 2024

Separatist rebels in Indonesia's Central Papua province shot dead four construction workers building a road in the Intan Jaya regency on Tuesday, the military said, and the rebels' armed wing claimed responsibility, saying the men were spies.

The workers, all migrants from Sulawesi, were attacked while clearing land near the village of Sugapa Lama at around 10 a.m., regional military spokesman Lieutenant Colonel Candra Kurniawan said. Their bodies were evacuated to Timika on Wednesday.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organisation, said in a statement sent to journalists that its fighters had carried out the killings because the men were "members of the Indonesian military disguised as workers." The military denied the claim, saying the victims were civilians employed by a private contractor.

On Wednesday, soldiers searching for the attackers clashed with a group of rebels in the hills outside Sugapa, the regency's main town, Kurniawan said. One rebel was killed and a soldier was wounded, he said. A TPNPB spokesman, Sebby Sambom, said the group had lost no fighters.

The TPNPB has stepped up attacks on security forces and migrants in the central highlands in recent years. In December 2018, rebels killed at least 16 construction workers on a bridge project in Nduga regency, one of the deadliest attacks in the region's long-running conflict.

Papua, a former Dutch colony, was incorporated into Indonesia after a UN-backed vote in 1969 that was widely seen as a sham. Jakarta has sent thousands of additional troops to the region, and rights groups accuse the security forces of abuses against civilians.

The rebels are also holding a New Zealand pilot, Phillip Mehrtens, whom they seized in Nduga in February last year.
""",
 E('ATK', 'West Papua National Liberation Army (TPNPB)', 'Civilians (Indonesia)', 'rel:Tuesday', L('Sugapa Lama', 'ID', 'Central Papua'), 4, 'shot dead four construction workers'),
 E('AC', 'Military Forces of Indonesia', 'West Papua National Liberation Army (TPNPB)', 'rel:Wednesday', L('Sugapa', 'ID', 'Central Papua', 2), 1, 'clashed with a group of rebels'),
 E('ATK', 'West Papua National Liberation Army (TPNPB)', 'Civilians (Indonesia)', '2018-12', L('Nduga', 'ID', 'Highland Papua', 2), 16, 'rebels killed at least 16 construction workers', bg=True),
 E('ABD', 'West Papua National Liberation Army (TPNPB)', 'Civilians (New Zealand)', '2023-02', L('Nduga', 'ID', 'Highland Papua', 2), None, 'whom they seized in Nduga', bg=True),
)

# 49 -- Bangladesh: NO news event (appeal verdict for Holey Artisan attack); background siege (attack) and commando raid (clash)
A('wire', '2025-05-08', """
DHAKA (South Asia Wire) - Bangladesh's High Court on Thursday upheld the death sentences of seven members of a banned militant group convicted over the 2016 siege of a Dhaka cafe, in which 22 people, most of them foreigners, were killed.

A two-judge bench rejected the appeals of the seven men, members of a faction of the Jamaat-ul-Mujahideen Bangladesh (JMB) known as Neo-JMB, and confirmed the verdict of an anti-terrorism tribunal. Defence lawyers said they would appeal to the Supreme Court's Appellate Division.

On the night of July 1, 2016, five gunmen armed with assault rifles, machetes and explosives stormed the Holey Artisan Bakery in the upscale Gulshan diplomatic district and took dozens of diners and staff hostage. They killed 20 hostages, including nine Italians, seven Japanese and an Indian, most of them with machetes, and two police officers died in a firefight outside the cafe in the first hours.

Army commandos stormed the cafe the next morning, ending the 12-hour siege. All five attackers and a cook were killed in the operation, and 13 hostages were rescued.

The Islamic State group claimed the attack, but the government has always insisted it was carried out by homegrown militants with no direct links to the Middle East-based group.

"This verdict brings some comfort to the families, but nothing can bring our loved ones back," said the relative of one of the Bangladeshi victims outside the court.

The attack prompted a massive crackdown on Islamist militants. Security forces killed more than 100 suspected militants in raids over the following two years, and the country has not seen an attack on a similar scale since.

Bangladesh's interim government has warned, however, that militant groups could try to exploit the country's political transition. Police say they have stepped up surveillance of online recruitment.
""",
 E('ATK', 'Jamaat-ul-Mujahideen Bangladesh (Neo-JMB)', 'Civilians (Bangladesh)', '2016-07-01', L('Gulshan', 'BD', 'Dhaka'), 20, 'stormed the Holey Artisan Bakery', bg=True),
 E('AC', 'Jamaat-ul-Mujahideen Bangladesh (Neo-JMB)', 'Police Forces of Bangladesh', '2016-07-01', L('Gulshan', 'BD', 'Dhaka'), 2, 'two police officers died in a firefight', bg=True),
 E('AC', 'Military Forces of Bangladesh', 'Jamaat-ul-Mujahideen Bangladesh (Neo-JMB)', '2016-07-02', L('Gulshan', 'BD', 'Dhaka'), 6, 'Army commandos stormed the cafe the next morning', bg=True),
)

# 50 -- Europe: NO news event (security alert over IS call for Christmas market attacks); threats, hypotheticals, vague stats
A('web', '2024-12-03', """
Police step up security at Christmas markets after Islamic State call for attacks

Interior ministers in Austria, Germany and Belgium say there is no concrete threat but urge vigilance

By Markus Lindner | Vienna | December 3, 2024

Police in several European countries have stepped up patrols at Christmas markets after supporters of the Islamic State group published online posters calling for attacks on "crusader celebrations", officials said on Tuesday.

Austria's interior minister said the posters, which showed a truck driving towards a crowd in front of a decorated tree, had been circulated on encrypted messaging channels over the weekend. "There is no concrete indication of a planned attack, but the abstract threat is high," he told reporters in Vienna. Armed police officers and concrete barriers would be visible at all large markets in the capital, he said.

German and Belgian authorities said they were aware of the propaganda and were assessing it. A spokesperson for Germany's Federal Criminal Police Office said the threat level was "unchanged and high" and that people should not be deterred from visiting markets.

Security experts say such posters are a standard part of the group's propaganda around holidays and rarely signal an operational plot. But they warn that the calls can inspire lone attackers with little or no contact with the group. "The danger is not the poster itself, it is the one person out of thousands who decides to act on it," said a terrorism researcher at the University of Vienna.

European police agency Europol said in its latest annual report that 58 terrorist attacks, including completed, failed and foiled ones, were reported in EU member states last year, and that a growing share of suspects were teenagers.

Market organisers in several cities said they had hired additional private security staff and would check bags at entrances. "We want people to feel safe and to enjoy the season," said the head of the Vienna Christmas market association. "If we cancelled everything, the terrorists would have won."

Officials also urged the public to report suspicious behaviour and unattended bags, and said that any decision to close markets would be taken only if there was specific intelligence of an imminent threat.
""",
)

# 51 -- US local: night protest at ICE facility turns violent (riot) + separate peaceful rally in another city
A('local', '2025-06-17', """
Portland police declare riot outside ICE building; 9 arrested

By Kelsey Tran, Staff Reporter

PORTLAND, Ore. — Federal officers fired tear gas and pepper balls late Saturday to disperse a crowd outside the U.S. Immigration and Customs Enforcement building in South Portland after protesters set a fire against the building's front gate and threw rocks and bottles at officers, authorities said.

The Portland Police Bureau declared a riot shortly after 11 p.m. and ordered the crowd of about 200 people to leave the area along South Macadam Avenue. Nine people were arrested on charges including assaulting a public safety officer, criminal mischief and interfering with a peace officer, police said Sunday. One officer suffered a minor injury when struck by a rock.

The demonstration began earlier in the evening as a rally against recent immigration arrests in the Portland area. Organizers said the gathering was meant to be peaceful and blamed "a small group" for the violence. Video posted on social media showed people in black clothing dragging wooden pallets to the gate and setting them alight, and officers in riot gear pushing protesters back with batons.

"Everyone has the right to protest. No one has the right to set fires or hurt people," Police Chief Bob Day said in a statement.

In Eugene, about 300 people marched from the federal courthouse to the University of Oregon campus Saturday afternoon in a separate protest against deportations. Eugene police said the march was peaceful and no arrests were made.

The ICE facility has been the site of repeated protests since early June. A city land-use officer last week ordered the agency to remove fencing that blocks a sidewalk, which ICE has appealed.

Mayor Keith Wilson said he had asked federal authorities to "de-escalate" and that the city would review the police response. Gov. Tina Kotek said Oregon "will not be intimidated," but urged protesters to remain peaceful.

More protests are planned for next weekend, organizers said.
""",
 E('VD', 'Rioters (United States)', 'Police Forces of the United States', 'rel:Saturday', L('Portland', 'US', 'Oregon'), None, 'protesters set a fire against the building\'s front gate'),
 E('PP', 'Protesters (United States)', None, 'rel:Saturday', L('Eugene', 'US', 'Oregon'), 0, 'about 300 people marched'),
)

# 52 -- US local: campus encampment cleared (protest with intervention); background clearing at another campus
A('local', '2024-04-30', """
UT police, state troopers clear pro-Palestinian encampment; 38 arrested

By Daniel Ruiz, Statesman Wire

AUSTIN, Texas — University of Texas police and Texas Department of Public Safety troopers cleared a pro-Palestinian encampment on the UT campus Monday afternoon, arresting 38 people, university officials said.

Dozens of students and community members had set up about 30 tents on the South Mall early Monday to demand that the university divest from companies that supply weapons to Israel. University officials said the encampment violated campus rules and ordered the protesters to disperse within an hour.

When the protesters refused, troopers in riot gear moved in shortly after 1 p.m., removing tents and carrying people away by their arms and legs. Officers used pepper spray on a group that linked arms to block a DPS van, according to witnesses and video posted online. Travis County records show most of those arrested were booked on criminal trespass charges.

"Students have every right to express their views, but encampments will not be tolerated," UT President Jay Hartzell said in a statement. Gov. Greg Abbott wrote on social media that "antisemitic protesters" who broke the law should be expelled.

Faculty members who watched the arrests criticized the university's decision to call in state troopers. "These are our students. They were sitting on the grass," said a history professor who asked not to be named.

It was the second mass arrest at the Forty Acres in a week. On April 24, troopers on horseback arrested 57 people at a walkout and rally on the same lawn. Prosecutors later dismissed charges against most of them for lack of probable cause.

Protest organizers said they would hold a rally outside the Travis County jail Tuesday night in support of those arrested, and a march downtown on Saturday.
""",
 E('PWI', 'Protesters (United States)', 'Police Forces of the United States', 'rel:Monday', L('Austin', 'US', 'Texas'), None, 'cleared a pro-Palestinian encampment'),
 E('PWI', 'Protesters (United States)', 'Police Forces of the United States', '2024-04-24', L('Austin', 'US', 'Texas'), None, 'troopers on horseback arrested 57 people', bg=True),
)

# 53 -- Thailand: market bomb in Yala + ambush of village defence volunteers in Narathiwat; background Tak Bai 2004
A('wire', '2024-10-29', """
YALA, Thailand (Mekong Press Agency) - A bomb hidden in a motorcycle exploded at a morning market in Thailand's southern province of Yala on Monday, wounding 14 people, and suspected insurgents shot dead two village defence volunteers in neighbouring Narathiwat hours later, police said.

The bomb went off at about 7 a.m. outside the Pimonchai market in Yala's Muang district as vendors were setting up their stalls, police colonel Suriya Thongdee said. Fourteen people, including two soldiers on a security patrol, were wounded. No one was killed. Police said the device was triggered by a mobile phone.

In the afternoon, gunmen on a pickup truck opened fire on a checkpoint manned by village defence volunteers in Rueso district of Narathiwat, killing two of them, police said. The volunteers, who are armed and trained by the interior ministry, returned fire before the attackers escaped.

No group claimed responsibility for either attack. Authorities usually blame the Barisan Revolusi Nasional (BRN), the main separatist group in the Muslim-majority provinces of Pattani, Yala and Narathiwat, where more than 7,000 people have been killed since an insurgency reignited in 2004.

The attacks came days after the 20-year statute of limitations expired in the case over the Tak Bai incident. On October 25, 2004, security forces broke up a protest outside a police station in Tak Bai district of Narathiwat; 85 of the protesters died, most of them suffocated after being stacked in army trucks following their arrest.

None of the officials charged in the case appeared in court before the deadline. Muslim groups in the south said the expiry of the case without a trial was a failure of justice that could fuel support for the insurgency.

Peace talks between the Thai government and the BRN, facilitated by Malaysia, have made little progress since a new round began in early 2024.
""",
 E('IED', 'Unidentified Armed Group (Thailand)', 'Civilians (Thailand)', 'rel:Monday', L('Yala', 'TH', 'Yala'), 0, 'A bomb hidden in a motorcycle exploded'),
 E('AC', 'Unidentified Armed Group (Thailand)', 'Village Defence Volunteers (Thailand)', 'rel:Monday', L('Rueso', 'TH', 'Narathiwat', 2), 2, 'shot dead two village defence volunteers'),
 E('EXF', 'Military Forces of Thailand', 'Protesters (Thailand)', '2004-10-25', L('Tak Bai', 'TH', 'Narathiwat', 2), 85, 'security forces broke up a protest', bg=True),
)
